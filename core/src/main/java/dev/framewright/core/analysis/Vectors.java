package dev.framewright.core.analysis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Embedding vectors: their portable text form in SQL, and cosine similarity. */
public final class Vectors {
    private Vectors() {}

    /** Base64 of the little-endian float32 values (1,536 bytes → 2,048 characters for 384 dims). */
    public static String encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return Base64.getEncoder().encodeToString(b.array());
    }

    /** Several vectors, encoded one by one and separated by a space. */
    public static String encodeAll(List<float[]> vectors) {
        return String.join(" ", vectors.stream().map(Vectors::encode).toList());
    }

    /** @throws IllegalArgumentException when {@code text} is not {@link #encodeAll} output */
    public static List<float[]> decodeAll(String text) {
        List<float[]> out = new ArrayList<>();
        for (String part : text.split(" ")) {
            out.add(decode(part));
        }
        return out;
    }

    /** @throws IllegalArgumentException when {@code text} is not an encoded vector */
    public static float[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("not a float32 vector: " + bytes.length + " bytes");
        }
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    /** Cosine similarity in -1..1; 0 when either vector is zero or their lengths differ. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
