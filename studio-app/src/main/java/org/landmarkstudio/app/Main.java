package org.landmarkstudio.app;

import org.landmarkstudio.app.cli.StudioCommand;

/**
 * The {@code studio} entry point. With no arguments it will open the window on the built-in
 * sample data; until the window exists it prints the command-line help.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(StudioCommand.run(args));
    }
}
