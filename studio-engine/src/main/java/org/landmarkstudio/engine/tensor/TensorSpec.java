package org.landmarkstudio.engine.tensor;

import java.nio.file.Path;

/**
 * A named tensor file with its shape, as the command line writes it:
 * {@code NAME=FILE.f32:DIMS}, e.g. {@code input=crop.f32:1x3x112x112}.
 *
 * @param name  the model input's name
 * @param file  the raw float32 file
 * @param shape the shape
 */
public record TensorSpec(String name, Path file, int[] shape) {

    /**
     * Parses {@code NAME=FILE:DIMS}.
     *
     * @throws IllegalArgumentException saying which part is wrong and what is expected
     */
    public static TensorSpec parse(String text) {
        int eq = text.indexOf('=');
        int colon = text.lastIndexOf(':');
        if (eq <= 0 || colon <= eq + 1 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not NAME=FILE.f32:DIMS (e.g. input=x.f32:1x3x112x112)");
        }
        String[] dims = text.substring(colon + 1).split("x");
        int[] shape = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            try {
                shape[i] = Integer.parseInt(dims[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': dimension '" + dims[i]
                        + "' is not a whole number; DIMS looks like 1x3x112x112");
            }
            if (shape[i] <= 0) {
                throw new IllegalArgumentException("'" + text + "': dimensions must be positive");
            }
        }
        return new TensorSpec(text.substring(0, eq), Path.of(text.substring(eq + 1, colon)), shape);
    }
}
