package org.landmarkstudio.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the shared fixtures ({@code ../shared/fixtures} beside the repository) from any
 * module's working directory, so tests read the real files without copying them.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@code shared/fixtures/real}. */
    public static Path real() {
        return shared().resolve("fixtures/real");
    }

    /** {@code shared/fixtures/reference}. */
    public static Path reference() {
        return shared().resolve("fixtures/reference");
    }

    /** A file below {@code fixtures/real}. */
    public static Path real(String relative) {
        return real().resolve(relative);
    }

    /** The shared folder: the first {@code shared} sibling found walking up from here. */
    public static Path shared() {
        String override = System.getenv("LANDMARK_STUDIO_SHARED");
        if (override != null) {
            return Paths.get(override);
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no shared/fixtures folder beside the repository; "
                + "set LANDMARK_STUDIO_SHARED to its path");
    }
}
