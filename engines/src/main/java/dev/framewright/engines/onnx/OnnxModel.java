package dev.framewright.engines.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One ONNX model file and its single {@link OrtSession}, created on first use and shared by every
 * thread (ONNX Runtime sessions are thread-safe for {@code run}). Constructing does no I/O; {@link
 * #present()} only checks the file. The session lives as long as the JVM.
 */
public final class OnnxModel {
    private final Path file;
    private volatile OrtSession session;

    public OnnxModel(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public boolean present() {
        return Files.isRegularFile(file);
    }

    /**
     * Runs the model on one float32 input and returns the named float32 output, flattened.
     *
     * @throws OrtException when the model cannot be loaded or run
     */
    public float[] run(String input, long[] shape, float[] data, String output) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape);
                OrtSession.Result result = session().run(Map.of(input, tensor))) {
            OnnxTensor out = (OnnxTensor)
                    result.get(output).orElseThrow(() -> new OrtException("the model has no output '" + output + "'"));
            FloatBuffer buffer = out.getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return values;
        }
    }

    /** The shared session, loading the model on the first call (other callers wait for it). */
    public OrtSession session() throws OrtException {
        OrtSession s = session;
        if (s == null) {
            synchronized (this) {
                s = session;
                if (s == null) {
                    session = s = load();
                }
            }
        }
        return s;
    }

    private OrtSession load() throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            return env.createSession(file.toString(), options);
        }
    }
}
