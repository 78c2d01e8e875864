package dev.framewright.engines.background;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolFailure;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The fallback when no model can run: a plain-background estimator, no machine learning. The
 * background's colours (up to {@value #MAX_COLOURS}) are estimated from the image's border; a flood
 * fill from the border then takes every connected pixel close to one of them as background, and the
 * cut is feathered by a guided filter. Good for product shots on plain or softly graded backdrops;
 * clearly worse than a model on busy backgrounds or where the subject touches the border in a
 * background colour. Pure Java, always available, thread-safe.
 */
public final class BorderFloodMatting implements Matting {
    public static final String ENGINE = "border-flood";
    static final int MAX_COLOURS = 4;
    static final int BORDER = 3;
    static final double MIN_THRESHOLD = 18;
    static final double MAX_THRESHOLD = 60;

    @Override
    public EngineInfo probe() {
        return EngineInfo.available(
                ENGINE,
                "1",
                "Apache-2.0",
                Map.of(
                        "model",
                        "none: background colours estimated from the border + flood fill (plain backgrounds only)",
                        "quality",
                        "fallback: much worse than ISNet on busy backgrounds"));
    }

    @Override
    public float[] alpha(BufferedImage image, BooleanSupplier cancelled) throws ToolFailure {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[][] model = backgroundColours(argb, w, h);
        double threshold = threshold(argb, w, h, model);
        boolean[] background = flood(argb, w, h, model, threshold, cancelled);
        float[] matte = new float[w * h];
        for (int i = 0; i < matte.length; i++) {
            matte[i] = background[i] || (argb[i] >>> 24) < 128 ? 0f : 1f;
        }
        return AlphaRefiner.guided(AlphaRefiner.luma(argb), matte, w, h, 2);
    }

    private static boolean[] flood(
            int[] argb, int w, int h, float[][] model, double threshold, BooleanSupplier cancelled) throws ToolFailure {
        boolean[] background = new boolean[w * h];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < w * h; i++) {
            int x = i % w;
            int y = i / w;
            if ((x == 0 || y == 0 || x == w - 1 || y == h - 1) && near(argb[i], model, threshold)) {
                background[i] = true;
                queue.add(i);
            }
        }
        int visited = 0;
        while (!queue.isEmpty()) {
            if ((++visited & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                throw new ToolFailure(ErrorCode.ENGINE_FAILED, "Background removal was stopped: the run was cancelled");
            }
            int i = queue.poll();
            int x = i % w;
            int y = i / w;
            int[] next = {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1};
            for (int n : next) {
                if (n >= 0 && !background[n] && near(argb[n], model, threshold)) {
                    background[n] = true;
                    queue.add(n);
                }
            }
        }
        return background;
    }

    private static boolean near(int p, float[][] model, double threshold) {
        return distance(p, nearest(p, model)) <= threshold;
    }

    /** k-means (k ≤ {@value #MAX_COLOURS}) over the border band's pixels. */
    static float[][] backgroundColours(int[] argb, int w, int h) {
        int[] border = borderPixels(argb, w, h);
        float[][] centres = new float[Math.min(MAX_COLOURS, border.length)][];
        for (int c = 0; c < centres.length; c++) {
            centres[c] = rgb(border[(int) ((long) c * border.length / centres.length)]);
        }
        for (int pass = 0; pass < 10; pass++) {
            double[][] sums = new double[centres.length][4];
            for (int p : border) {
                float[] nearest = nearest(p, centres);
                int c = Arrays.asList(centres).indexOf(nearest);
                sums[c][0] += (p >> 16) & 0xFF;
                sums[c][1] += (p >> 8) & 0xFF;
                sums[c][2] += p & 0xFF;
                sums[c][3]++;
            }
            for (int c = 0; c < centres.length; c++) {
                if (sums[c][3] > 0) {
                    centres[c] = new float[] {
                        (float) (sums[c][0] / sums[c][3]),
                        (float) (sums[c][1] / sums[c][3]),
                        (float) (sums[c][2] / sums[c][3])
                    };
                }
            }
        }
        return centres;
    }

    /** Three times the border's median distance to its model, within the bounds. */
    private static double threshold(int[] argb, int w, int h, float[][] model) {
        int[] border = borderPixels(argb, w, h);
        double[] d = new double[border.length];
        for (int i = 0; i < border.length; i++) {
            d[i] = distance(border[i], nearest(border[i], model));
        }
        Arrays.sort(d);
        double median = d.length == 0 ? 0 : d[d.length / 2];
        return Math.max(MIN_THRESHOLD, Math.min(MAX_THRESHOLD, 3 * median));
    }

    private static int[] borderPixels(int[] argb, int w, int h) {
        int band = Math.max(1, Math.min(BORDER, Math.min(w, h) / 4));
        return java.util.stream.IntStream.range(0, w * h)
                .filter(i -> {
                    int x = i % w;
                    int y = i / w;
                    return x < band || y < band || x >= w - band || y >= h - band;
                })
                .map(i -> argb[i])
                .toArray();
    }

    private static float[] nearest(int p, float[][] model) {
        float[] best = model[0];
        double bestD = Double.MAX_VALUE;
        for (float[] c : model) {
            double d = distance(p, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    private static double distance(int p, float[] c) {
        double dr = ((p >> 16) & 0xFF) - c[0];
        double dg = ((p >> 8) & 0xFF) - c[1];
        double db = (p & 0xFF) - c[2];
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static float[] rgb(int p) {
        return new float[] {(p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF};
    }
}
