package org.landmarkstudio.app.cli;

/** The process exit codes every subcommand uses. */
public final class ExitCode {

    /** The work was done. */
    public static final int DONE = 0;
    /** The input was bad; stderr names the file, line and what was expected. */
    public static final int BAD_INPUT = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Something failed inside the studio. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
