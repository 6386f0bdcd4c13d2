package org.landmarkstudio.app.gui.paint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * The studio's icons (the SVG files of the repository's {@code icons/} folder) as JavaFX nodes.
 *
 * <p>JavaFX draws SVG path data but does not read SVG files, and every icon is one path on a 24×24
 * grid, so the path's {@code d} attribute is all that is taken; the node gets the style class
 * {@code icon} and its colour from the stylesheet, like text.
 */
public final class Icons {

    private static final Pattern PATH_DATA = Pattern.compile("<path[^>]*\\sd=\"([^\"]+)\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Icons() {
    }

    /**
     * Icon {@code name} ({@code save}, {@code undo}...) drawn {@code size} pixels wide.
     *
     * @throws IllegalArgumentException when there is no such icon
     */
    public static Node get(String name, double size) {
        SVGPath path = new SVGPath();
        path.setContent(CACHE.computeIfAbsent(name, Icons::load));
        path.getStyleClass().add("icon");
        double scale = size / 24;
        path.setScaleX(scale);
        path.setScaleY(scale);
        return new Group(path);
    }

    private static String load(String name) {
        String resource = "../icons/" + name + ".svg";
        try (InputStream in = Icons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no icon '" + name + "' (icons/" + name + ".svg)");
            }
            Matcher m = PATH_DATA.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalArgumentException("icons/" + name + ".svg has no <path d=\"...\">");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read icons/" + name + ".svg", e);
        }
    }
}
