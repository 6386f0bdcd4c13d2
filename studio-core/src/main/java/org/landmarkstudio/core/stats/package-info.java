/**
 * Dataset statistics: the summary {@code ./studio data stats} prints and the studio shows when
 * a dataset opens, computed in one pass so that it stays instant on 100,000-face datasets.
 */
package org.landmarkstudio.core.stats;
