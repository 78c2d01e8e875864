package dev.framewright.embeddings;

import dev.framewright.core.analysis.TextEmbedder;
import dev.framewright.core.executions.EngineInfo;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.util.Map;

/**
 * all-MiniLM-L6-v2, 8-bit quantized (Apache-2.0), on ONNX Runtime through LangChain4j's in-process
 * model: 384 dimensions, a few milliseconds per short text on a CPU. The model (23 MB) and its
 * tokenizer ship inside a Maven Central jar, so nothing is downloaded. The loaded model is shared by
 * the whole process (every instance, every server in a test JVM): it is loaded on the first {@link
 * #embed} (about 3 s, about 100 MB) and is thread-safe after that. A load failure (e.g. ONNX Runtime's native library cannot load on this platform) makes the
 * engine unavailable from then on, with the reason.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    public static final String NAME = "all-minilm-l6-v2-q";
    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final int DIMENSIONS = 384;

    private static final Object LOCK = new Object();
    private static volatile AllMiniLmL6V2QuantizedEmbeddingModel model;
    private static volatile String loadFailure;

    @Override
    public EngineInfo probe() {
        if (loadFailure != null) {
            return EngineInfo.unavailable(NAME, null, "Apache-2.0", loadFailure);
        }
        if (MiniLmEmbedder.class.getClassLoader().getResource(MODEL_RESOURCE) == null) {
            return EngineInfo.unavailable(NAME, null, "Apache-2.0", "model file missing");
        }
        return EngineInfo.available(
                NAME,
                "1.19.0-beta29",
                "Apache-2.0",
                Map.of(
                        "dimensions",
                        String.valueOf(DIMENSIONS),
                        "runtime",
                        "onnxruntime",
                        "loaded",
                        String.valueOf(model != null)));
    }

    @Override
    public String model() {
        return NAME;
    }

    @Override
    public float[] embed(String text) throws IOException {
        float[] v;
        try {
            v = loaded().embed(text).content().vector();
        } catch (RuntimeException e) {
            throw new IOException("the embedding model failed: " + e.getMessage(), e);
        }
        return unit(v);
    }

    private static AllMiniLmL6V2QuantizedEmbeddingModel loaded() throws IOException {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m != null) {
            return m;
        }
        synchronized (LOCK) {
            if (model == null) {
                if (loadFailure != null) {
                    throw new IOException(loadFailure);
                }
                try {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                } catch (RuntimeException | LinkageError e) {
                    loadFailure = "the model could not be loaded: " + e;
                    throw new IOException(loadFailure, e);
                }
            }
            return model;
        }
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += (double) x * x;
        }
        if (n == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
