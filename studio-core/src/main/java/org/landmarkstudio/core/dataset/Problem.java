package org.landmarkstudio.core.dataset;

import java.nio.file.Path;

/**
 * One thing wrong with the input: the file, where in it (a 1-based line, or a variable or
 * layer name for non-text formats) and what was expected.
 *
 * @param file     the offending file
 * @param line     1-based line number, or 0 when the location is not a line
 * @param location a variable, layer or field name when {@code line} is 0, else {@code null}
 * @param message  what is wrong and what was expected
 */
public record Problem(Path file, int line, String location, String message) {

    /** A problem at a line of a text file. */
    public static Problem atLine(Path file, int line, String message) {
        return new Problem(file, line, null, message);
    }

    /** A problem at a named variable or field of a binary file. */
    public static Problem atVariable(Path file, String variable, String message) {
        return new Problem(file, 0, variable, message);
    }

    /** A problem with a whole file. */
    public static Problem ofFile(Path file, String message) {
        return new Problem(file, 0, null, message);
    }

    /** {@code file:line: message}, {@code file[variable]: message} or {@code file: message}. */
    @Override
    public String toString() {
        String where = line > 0 ? ":" + line : location != null ? "[" + location + "]" : "";
        return file + where + ": " + message;
    }
}
