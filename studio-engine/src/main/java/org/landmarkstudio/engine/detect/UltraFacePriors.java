package org.landmarkstudio.engine.detect;

/**
 * The SSD prior (anchor) boxes of an UltraFace model, the reference frame its raw box offsets are
 * relative to.
 *
 * <p>The order must match the model's output rows exactly, so it follows the authors' generator:
 * for each feature map (strides 8, 16, 32, 64) row by row, column by column, and for each cell
 * every minimum box size of that level. A feature map has {@code ceil(size / stride)} cells per
 * axis; a cell's centre is {@code (i + 0.5) / cells} and a prior's size is
 * {@code minBox / inputWidth} by {@code minBox / inputHeight}, all in normalized input
 * coordinates and clipped to [0, 1] as the authors do (this clips the 256-pixel priors' height
 * at 240-pixel input).
 */
public final class UltraFacePriors {

    private static final int[] STRIDES = {8, 16, 32, 64};
    private static final int[][] MIN_BOXES = {{10, 16, 24}, {32, 48}, {64, 96}, {128, 192, 256}};

    private final double[] centreX;
    private final double[] centreY;
    private final double[] width;
    private final double[] height;

    private UltraFacePriors(double[] centreX, double[] centreY, double[] width, double[] height) {
        this.centreX = centreX;
        this.centreY = centreY;
        this.width = width;
        this.height = height;
    }

    /** The priors of the 320x240 models (RFB-320, slim-320): 4420 boxes. */
    public static UltraFacePriors rfb320() {
        return forInput(320, 240);
    }

    /**
     * The priors of a model whose input is {@code inputWidth} x {@code inputHeight} pixels.
     *
     * @throws IllegalArgumentException when a size is not positive
     */
    public static UltraFacePriors forInput(int inputWidth, int inputHeight) {
        if (inputWidth <= 0 || inputHeight <= 0) {
            throw new IllegalArgumentException("input size must be positive, got " + inputWidth + "x" + inputHeight);
        }
        int count = 0;
        for (int level = 0; level < STRIDES.length; level++) {
            count += cells(inputWidth, level) * cells(inputHeight, level) * MIN_BOXES[level].length;
        }
        double[] cx = new double[count];
        double[] cy = new double[count];
        double[] w = new double[count];
        double[] h = new double[count];
        int k = 0;
        for (int level = 0; level < STRIDES.length; level++) {
            int columns = cells(inputWidth, level);
            int rows = cells(inputHeight, level);
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    for (int minBox : MIN_BOXES[level]) {
                        cx[k] = clip((column + 0.5) / columns);
                        cy[k] = clip((row + 0.5) / rows);
                        w[k] = clip((double) minBox / inputWidth);
                        h[k] = clip((double) minBox / inputHeight);
                        k++;
                    }
                }
            }
        }
        return new UltraFacePriors(cx, cy, w, h);
    }

    private static int cells(int size, int level) {
        return (size + STRIDES[level] - 1) / STRIDES[level];
    }

    private static double clip(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    /** How many priors there are (rows of the model's {@code boxes} and {@code scores}). */
    public int count() {
        return centreX.length;
    }

    /** Prior {@code i}'s centre x, normalized to the input width. */
    public double centreX(int i) {
        return centreX[i];
    }

    /** Prior {@code i}'s centre y, normalized to the input height. */
    public double centreY(int i) {
        return centreY[i];
    }

    /** Prior {@code i}'s width, normalized to the input width. */
    public double width(int i) {
        return width[i];
    }

    /** Prior {@code i}'s height, normalized to the input height. */
    public double height(int i) {
        return height[i];
    }
}
