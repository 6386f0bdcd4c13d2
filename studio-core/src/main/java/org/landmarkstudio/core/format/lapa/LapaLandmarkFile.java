package org.landmarkstudio.core.format.lapa;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.landmarkstudio.core.dataset.DatasetException;
import org.landmarkstudio.core.dataset.Problem;
import org.landmarkstudio.core.sample.Landmarks;
import org.landmarkstudio.core.schema.PointSchema;

/**
 * The content of one LaPa landmark text file: its 106 points and the number of decimals it
 * writes them with, so that an edited file can be rewritten in its own style.
 *
 * @param landmarks the points in {@link PointSchema#LAPA_106}; {@code -1 -1} lines are unlabelled
 * @param style     the decimals of the file's coordinates (the most any coordinate has)
 */
record LapaLandmarkFile(Landmarks landmarks, DecimalStyle style) {

    /** The coordinate LaPa files carry for a point the studio has no value for. */
    private static final double UNLABELLED = -1;

    private static final int POINTS = PointSchema.LAPA_106.size();
    private static final Pattern FIELDS = Pattern.compile("\\s+");
    private static final Pattern COUNT = Pattern.compile("\\+?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.(\\d*))?|\\.(\\d+))(?:[eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    /**
     * Parses a file's text.
     *
     * @throws DatasetException carrying the first problem, with the 1-based line it is on
     */
    static LapaLandmarkFile parse(Path file, String text) throws DatasetException {
        List<String> lines = text.lines().toList();
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        if (end == 0) {
            throw new DatasetException(Problem.ofFile(file,
                    "empty landmark file; expected the point count " + POINTS + " and " + POINTS + " lines 'x y'"));
        }
        int first = firstPointLine(file, fields(lines.get(0)), end);
        double[] xy = new double[2 * POINTS];
        BitSet labelled = new BitSet(POINTS);
        int decimals = 0;
        for (int p = 0; p < POINTS; p++) {
            int index = first + p;
            String[] fields = fields(lines.get(index));
            if (fields.length != 2) {
                throw new DatasetException(Problem.atLine(file, index + 1, "point " + p + ": expected 'x y' (two numbers), found "
                        + fields.length + " fields"));
            }
            for (int axis = 0; axis < 2; axis++) {
                String token = fields[axis];
                Matcher m = DECIMAL.matcher(token);
                if (!m.matches()) {
                    String expected = NOT_FINITE.matcher(token).matches() ? "a finite number" : "a decimal number";
                    throw new DatasetException(Problem.atLine(file, index + 1, (axis == 0 ? "x" : "y") + " of point " + p
                            + " is '" + token + "'; expected " + expected));
                }
                String fraction = m.group(1) != null ? m.group(1) : m.group(2);
                decimals = Math.max(decimals, fraction == null ? 0 : fraction.length());
                xy[2 * p + axis] = Double.parseDouble(token);
            }
            if (!(xy[2 * p] == UNLABELLED && xy[2 * p + 1] == UNLABELLED)) {
                labelled.set(p);
            }
        }
        return new LapaLandmarkFile(Landmarks.of(PointSchema.LAPA_106, xy, labelled), new DecimalStyle(decimals));
    }

    /** The text of a LaPa file for {@code landmarks}: the count line, then one {@code x y} line per point. */
    static String render(Landmarks landmarks, DecimalStyle style) {
        if (landmarks.schema() != PointSchema.LAPA_106) {
            throw new IllegalArgumentException("LaPa files hold " + PointSchema.LAPA_106.id() + ", not "
                    + landmarks.schema().id());
        }
        StringBuilder text = new StringBuilder().append(POINTS).append('\n');
        for (int p = 0; p < POINTS; p++) {
            if (landmarks.isLabelled(p)) {
                text.append(style.format(landmarks.x(p))).append(' ').append(style.format(landmarks.y(p)));
            } else {
                text.append("-1 -1");
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The index of the first point line: 1 after a valid count line, 0 when the file starts
     * with coordinates. Checks that the number of point lines is 106.
     */
    private static int firstPointLine(Path file, String[] head, int lineCount) throws DatasetException {
        if (head.length != 1) {
            if (lineCount != POINTS) {
                int line = Math.min(lineCount, POINTS + 1);
                throw new DatasetException(Problem.atLine(file, line, "no count line and " + lineCount
                        + " point lines; expected " + POINTS + " lines 'x y', optionally after a line '" + POINTS + "'"));
            }
            return 0;
        }
        if (!COUNT.matcher(head[0]).matches()) {
            throw new DatasetException(Problem.atLine(file, 1, "expected the point count " + POINTS + ", found '"
                    + head[0] + "'"));
        }
        int count = Integer.parseInt(head[0]);
        if (count != POINTS) {
            throw new DatasetException(Problem.atLine(file, 1, "point count is " + count + "; LaPa files hold "
                    + POINTS + " points"));
        }
        int points = lineCount - 1;
        if (points < POINTS) {
            throw new DatasetException(Problem.atLine(file, 1, "the count line says " + POINTS + " points but "
                    + points + " point lines follow"));
        }
        if (points > POINTS) {
            throw new DatasetException(Problem.atLine(file, POINTS + 2, "extra line after the " + POINTS
                    + " points the count line announces"));
        }
        return 1;
    }

    private static String[] fields(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? new String[0] : FIELDS.split(trimmed);
    }
}
