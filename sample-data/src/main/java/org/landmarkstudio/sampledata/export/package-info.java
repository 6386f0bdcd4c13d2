/**
 * Writes generated faces as datasets in the studio's formats (WFLW, LaPa, 300W-LP, AFLW2000-3D,
 * PFPLD list), through the same codecs that read them, so a generated set is checked by the
 * same rules as a downloaded one.
 */
package org.landmarkstudio.sampledata.export;
