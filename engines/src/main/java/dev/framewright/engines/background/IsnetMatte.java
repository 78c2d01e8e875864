package dev.framewright.engines.background;

import ai.onnxruntime.OrtException;
import dev.framewright.engines.onnx.OnnxModel;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * ISNet's foreground matte of an image: the image is resized (bilinear, aspect ignored) to
 * {@value #SIZE}², normalised as {@code (px - 128) / 256} per channel (NCHW float32, input {@code
 * input}); output {@code output} is a {@value #SIZE}² map of 0–1. Thread-safe.
 */
final class IsnetMatte {
    static final int SIZE = 1024;

    private final OnnxModel model;

    IsnetMatte(OnnxModel model) {
        this.model = model;
    }

    /** The matte at {@value #SIZE}², row-major, values 0–1. */
    float[] matte(BufferedImage image) throws OrtException {
        int[] px = resized(image);
        int plane = SIZE * SIZE;
        float[] input = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            int p = px[i];
            input[i] = (((p >> 16) & 0xFF) - 128f) / 256f;
            input[plane + i] = (((p >> 8) & 0xFF) - 128f) / 256f;
            input[2 * plane + i] = ((p & 0xFF) - 128f) / 256f;
        }
        float[] out = model.run("input", new long[] {1, 3, SIZE, SIZE}, input, "output");
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0f, Math.min(1f, out[i]));
        }
        return out;
    }

    private static int[] resized(BufferedImage image) {
        BufferedImage scaled = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) scaled.getRaster().getDataBuffer()).getData();
    }
}
