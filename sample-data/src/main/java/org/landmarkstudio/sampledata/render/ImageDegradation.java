package org.landmarkstudio.sampledata.render;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What the camera does to the picture after the scene is drawn: exposure, sensor noise, motion
 * or defocus blur, and JPEG compression. A blur of at least {@link #BLUR_FLAG_PIXELS} pixels
 * (relative to a 256-pixel image) is WFLW's blur attribute.
 *
 * @param blur        the kind of blur
 * @param blurPixels  how far the blur spreads a point (motion length, defocus width), in pixels
 *                    of a 256-pixel image
 * @param blurAngle   direction of motion blur in radians
 * @param noise       standard deviation of the sensor noise, in grey levels
 * @param jpegQuality JPEG quality 0..1, or 0 for no compression
 * @param noiseSeed   seed of the noise pattern
 */
public record ImageDegradation(Blur blur, double blurPixels, double blurAngle, double noise, double jpegQuality,
                               long noiseSeed) {

    /** Smallest blur (pixels at 256) that counts as a blurred face. */
    public static final double BLUR_FLAG_PIXELS = 3;

    /** The kinds of blur. */
    public enum Blur {
        /** Sharp. */
        NONE,
        /** The camera or the head moved. */
        MOTION,
        /** Out of focus. */
        DEFOCUS
    }

    /** A random degradation; {@code blurred} applies a clearly visible blur. */
    public static ImageDegradation random(RandomGenerator r, boolean blurred, boolean dark) {
        Blur blur = blurred ? (r.nextBoolean() ? Blur.MOTION : Blur.DEFOCUS) : Blur.NONE;
        double pixels = blurred ? (blur == Blur.MOTION ? r.nextDouble(5, 10) : r.nextDouble(3.2, 6)) : 0;
        double noise = dark ? r.nextDouble(5, 10) : r.nextDouble() < 0.35 ? r.nextDouble(1, 4) : 0;
        double jpeg = r.nextDouble() < 0.15 ? r.nextDouble(0.12, 0.6) : 0;
        return new ImageDegradation(blur, pixels, r.nextDouble(Math.PI), noise, jpeg, r.nextLong());
    }

    /** WFLW's blur attribute. */
    public boolean isBlurred() {
        return blur != Blur.NONE && blurPixels >= BLUR_FLAG_PIXELS;
    }

    /** Applies exposure {@code gain}, noise, blur and compression; returns the result (maybe the same image). */
    public BufferedImage apply(BufferedImage image, double gain) {
        if (Math.abs(gain - 1) > 1e-3) {
            expose(image, gain);
        }
        if (noise > 0) {
            addNoise(image);
        }
        double scale = image.getWidth() / 256.0;
        if (blur == Blur.MOTION) {
            motionBlur(image, Math.max(2, (int) Math.round(blurPixels * scale)) | 1, blurAngle);
        } else if (blur == Blur.DEFOCUS) {
            boxBlur(image, Math.max(1, (int) Math.round(blurPixels * scale / 2)));
        }
        return jpegQuality > 0 ? jpeg(image, jpegQuality) : image;
    }

    /** Scales brightness by {@code gain}, with a gamma that lifts (over) or sinks (under) the mid-tones. */
    private static void expose(BufferedImage image, double gain) {
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            double v = 255 * Math.pow(i / 255.0, gain > 1 ? 0.85 : 1.1) * gain;
            table[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
        }
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            data[i] = table[data[i] & 0xff];
        }
    }

    private void addNoise(BufferedImage image) {
        int tile = 48;
        BufferedImage grain = new BufferedImage(tile, tile, BufferedImage.TYPE_INT_ARGB);
        SplittableRandom r = new SplittableRandom(noiseSeed);
        int alpha = (int) Math.min(255, noise * 255 / 40);
        for (int y = 0; y < tile; y++) {
            for (int x = 0; x < tile; x++) {
                int v = r.nextBoolean() ? 255 : 0;
                int a = (int) (alpha * Math.abs(r.nextGaussian()) * 0.8);
                grain.setRGB(x, y, Math.min(255, a) << 24 | v << 16 | v << 8 | v);
            }
        }
        Graphics2D g = image.createGraphics();
        g.setPaint(new TexturePaint(grain, new Rectangle(r.nextInt(tile), r.nextInt(tile), tile, tile)));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
    }

    /** A box blur (the flat disc of a defocused lens, made square) of radius r, rows then columns. */
    private static void boxBlur(BufferedImage image, int r) {
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int h = image.getHeight();
        int window = 2 * r + 1;
        long reciprocal = (1L << 32) / window + 1;
        int[] row = new int[3 * (w + 2 * r + 1)];
        for (int y = 0; y < h; y++) {
            int base = 3 * w * y;
            for (int c = 0; c < 3; c++) {
                int first = data[base + c] & 0xff;
                int last = data[base + 3 * (w - 1) + c] & 0xff;
                for (int k = 0; k < r; k++) {
                    row[3 * k + c] = first;
                    row[3 * (r + w + k) + c] = last;
                }
                row[3 * (2 * r + w) + c] = last;
            }
            for (int i = 0; i < 3 * w; i++) {
                row[3 * r + i] = data[base + i] & 0xff;
            }
            int[] sum = new int[3];
            for (int k = 0; k < window; k++) {
                sum[0] += row[3 * k];
                sum[1] += row[3 * k + 1];
                sum[2] += row[3 * k + 2];
            }
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    data[base + 3 * x + c] = (byte) ((sum[c] * reciprocal) >>> 32);
                    sum[c] += row[3 * (x + window) + c] - row[3 * x + c];
                }
            }
        }
        int stride = 3 * w;
        int[] sums = new int[stride];
        byte[] copy = data.clone();
        for (int k = -r; k <= r; k++) {
            int src = stride * Math.max(0, Math.min(h - 1, k));
            for (int i = 0; i < stride; i++) {
                sums[i] += copy[src + i] & 0xff;
            }
        }
        for (int y = 0; y < h; y++) {
            int dst = stride * y;
            int add = stride * Math.min(h - 1, y + r + 1);
            int sub = stride * Math.max(0, y - r);
            for (int i = 0; i < stride; i++) {
                data[dst + i] = (byte) ((sums[i] * reciprocal) >>> 32);
                sums[i] += (copy[add + i] & 0xff) - (copy[sub + i] & 0xff);
            }
        }
    }

    /** Averages {@code length} copies of the image shifted along a line at {@code angle}. */
    private static void motionBlur(BufferedImage image, int length, double angle) {
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] src = data.clone();
        int w = image.getWidth();
        int h = image.getHeight();
        int stride = 3 * w;
        int[] sums = new int[data.length];
        for (int k = 0; k < length; k++) {
            double t = k - (length - 1) / 2.0;
            int dx = (int) Math.round(t * Math.cos(angle));
            int dy = (int) Math.round(t * Math.sin(angle));
            int from = Math.max(0, Math.min(w, -dx));
            int to = Math.max(from, Math.min(w, w - dx));
            for (int y = 0; y < h; y++) {
                int sy = stride * Math.max(0, Math.min(h - 1, y + dy));
                int row = stride * y;
                for (int x = 0; x < from; x++) {
                    addPixel(sums, row + 3 * x, src, sy);
                }
                for (int i = row + 3 * from, j = sy + 3 * (from + dx), end = row + 3 * to; i < end; i++, j++) {
                    sums[i] += src[j] & 0xff;
                }
                for (int x = to; x < w; x++) {
                    addPixel(sums, row + 3 * x, src, sy + 3 * (w - 1));
                }
            }
        }
        long reciprocal = (1L << 32) / length + 1;
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) ((sums[i] * reciprocal) >>> 32);
        }
    }

    private static void addPixel(int[] sums, int at, byte[] src, int from) {
        sums[at] += src[from] & 0xff;
        sums[at + 1] += src[from + 1] & 0xff;
        sums[at + 2] += src[from + 2] & 0xff;
    }

    private static BufferedImage jpeg(BufferedImage image, double quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality((float) quality);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                reader.setInput(in);
                BufferedImage decoded = reader.read(0);
                if (decoded.getType() == BufferedImage.TYPE_3BYTE_BGR) {
                    return decoded;
                }
                BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                        BufferedImage.TYPE_3BYTE_BGR);
                Graphics2D g = out.createGraphics();
                g.drawImage(decoded, 0, 0, null);
                g.dispose();
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory JPEG round trip failed", e);
        } finally {
            writer.dispose();
            reader.dispose();
        }
    }
}
