package org.landmarkstudio.core.format.mat;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatContentsTest {

    @Test
    void anHdf5MatFileIsNamedAsSuch(@TempDir Path dir) throws Exception {
        // MAT v7.3 header: text, subsystem offset, version 0x0200 little-endian, endian mark "IM"
        byte[] header = new byte[512];
        Arrays.fill(header, 0, 116, (byte) ' ');
        byte[] text = "MATLAB 7.3 MAT-file, Platform: GLNXA64, Created on: Mon Jan  1 00:00:00 2024 HDF5 schema 1.00 ."
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, 0, text.length);
        header[124] = 0x00;
        header[125] = 0x02;
        header[126] = 'I';
        header[127] = 'M';
        Path file = Files.write(dir.resolve("v73.mat"), header);

        UnreadableMatException e = assertThrows(UnreadableMatException.class, () -> MatContents.load(file));
        assertTrue(e.getMessage().contains("v7.3 (HDF5)"), e.getMessage());
    }

    @Test
    void aFileCutInsideTheHeaderIsTruncated(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("cut.mat"), "MATLAB 5.0 MAT-file, Platform: PCWIN64");

        UnreadableMatException e = assertThrows(UnreadableMatException.class, () -> MatContents.load(file));
        assertTrue(e.getMessage().contains("truncated: only 38 bytes"), e.getMessage());
    }
}
