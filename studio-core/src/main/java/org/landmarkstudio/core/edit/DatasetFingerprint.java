package org.landmarkstudio.core.edit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.landmarkstudio.core.dataset.Dataset;
import org.landmarkstudio.core.sample.FaceSample;

/**
 * The size and SHA-256 of a dataset's annotation file(s), recorded in the journal so that a
 * journal is never replayed onto a file that changed after the edits were made.
 *
 * <p>A dataset read from one file (WFLW, PFPLD, COCO lists) is fingerprinted by that file. A
 * dataset read from a folder (300W-LP, AFLW2000-3D, LaPa) is fingerprinted by the distinct
 * annotation files its samples were read from ({@code Provenance.file}), in path order, each
 * contributing its path relative to the folder, its size and its bytes; images are not part of
 * it, since edits never touch them.
 *
 * @param size   total bytes of the fingerprinted files
 * @param sha256 lower-case hex SHA-256
 */
public record DatasetFingerprint(long size, String sha256) {

    public DatasetFingerprint {
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The fingerprint of {@code dataset}'s files as they are on disk now. */
    public static DatasetFingerprint of(Dataset dataset) throws IOException {
        Path source = dataset.source().toAbsolutePath().normalize();
        if (Files.isRegularFile(source)) {
            return ofFiles(source.getParent(), List.of(source));
        }
        TreeSet<Path> files = new TreeSet<>();
        for (FaceSample sample : dataset.samples()) {
            Path file = sample.provenance().file();
            if (file != null && Files.isRegularFile(file)) {
                files.add(file.toAbsolutePath().normalize());
            }
        }
        return ofFiles(source, List.copyOf(files));
    }

    private static DatasetFingerprint ofFiles(Path root, List<Path> files) throws IOException {
        MessageDigest digest = newDigest();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            long length = Files.size(file);
            size += length;
            String header = root.relativize(file).toString().replace('\\', '/') + "\0" + length + "\0";
            digest.update(header.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return new DatasetFingerprint(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** The SHA-256 of a text's UTF-8 bytes, lower-case hex. */
    static String sha256Of(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
