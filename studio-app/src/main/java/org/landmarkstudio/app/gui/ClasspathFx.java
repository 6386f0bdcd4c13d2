package org.landmarkstudio.app.gui;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The studio runs JavaFX from the class path, as STACK.md prescribes; JavaFX then logs
 * "Unsupported JavaFX configuration" at every start, a warning about module layout that says
 * nothing to a user. This quiets that one logger before the toolkit starts; real JavaFX errors are
 * logged at SEVERE and still show.
 */
final class ClasspathFx {

    /** Kept strongly reachable: java.util.logging holds loggers weakly, and a collected one forgets its level. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClasspathFx() {
    }

    /** Call before the toolkit starts. */
    static void quietModuleWarning() {
        JAVAFX.setLevel(Level.SEVERE);
    }
}
