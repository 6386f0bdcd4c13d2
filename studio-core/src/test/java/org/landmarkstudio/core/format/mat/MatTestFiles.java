package org.landmarkstudio.core.format.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

/** Builds and compares .mat files for the MAT codec tests, with mfl as an independent tool. */
final class MatTestFiles {

    private MatTestFiles() {
    }

    /** Copies {@code mat} and its .jpg into {@code folder} as {@code stem.mat} / {@code stem.jpg}. */
    static Path copyPair(Path mat, Path folder, String stem) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(stem + ".mat");
        Files.copy(mat, target);
        Files.copy(mat.resolveSibling(MatFolderScan.stem(mat) + ".jpg"), folder.resolve(stem + ".jpg"));
        return target;
    }

    /** Writes a .mat holding the original's variables, with {@code replaced} swapped in and {@code dropped} left out. */
    static void rewrite(Path original, Path target, Map<String, Array> replaced, Set<String> dropped)
            throws IOException {
        Mat5File in = Mat5.readFromFile(original.toFile());
        Mat5File out = Mat5.newMatFile();
        for (MatFile.Entry entry : in.getEntries()) {
            if (!dropped.contains(entry.getName())) {
                out.addArray(entry.getName(), replaced.getOrDefault(entry.getName(), entry.getValue()));
            }
        }
        Files.createDirectories(target.getParent());
        Mat5.writeToFile(out, target.toFile());
    }

    /** A copy of a numeric variable of {@code mat} as a double matrix, for editing. */
    static Matrix doubleCopy(Path mat, String name) throws IOException {
        Matrix in = Mat5.readFromFile(mat.toFile()).getMatrix(name);
        Matrix out = Mat5.newMatrix(in.getDimensions(), MatlabType.Double);
        for (int i = 0; i < in.getNumElements(); i++) {
            out.setDouble(i, in.getDouble(i));
        }
        return out;
    }

    /** The variable {@code name} of {@code mat}. */
    static Matrix matrix(Path mat, String name) throws IOException {
        return Mat5.readFromFile(mat.toFile()).getMatrix(name);
    }

    /** The variable names of {@code mat} in file order. */
    static List<String> names(Path mat) throws IOException {
        List<String> names = new ArrayList<>();
        for (MatFile.Entry entry : Mat5.readFromFile(mat.toFile()).getEntries()) {
            names.add(entry.getName());
        }
        return names;
    }

    /** Asserts that variable {@code name} has the same class, dimensions and bit-identical values in both files. */
    static void assertSameVariable(Path expected, Path actual, String name) throws IOException {
        Matrix a = matrix(expected, name);
        Matrix b = matrix(actual, name);
        assertEquals(a.getType(), b.getType(), name + " class");
        assertArrayEquals(a.getDimensions(), b.getDimensions(), name + " dimensions");
        for (int i = 0; i < a.getNumElements(); i++) {
            assertEquals(Double.doubleToRawLongBits(a.getDouble(i)), Double.doubleToRawLongBits(b.getDouble(i)),
                    name + "[" + i + "]");
        }
    }
}
