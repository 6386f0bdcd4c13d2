/**
 * The studio application: its entry point. The command line lives in
 * {@link org.landmarkstudio.app.cli}; both it and the window are thin layers over studio-core.
 */
package org.landmarkstudio.app;
