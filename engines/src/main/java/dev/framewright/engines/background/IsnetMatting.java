package dev.framewright.engines.background;

import ai.onnxruntime.OrtException;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.onnx.OnnxModel;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * ISNet (IMG.LY's general-purpose model, the 88 MB fp16 "medium" file of npm
 * {@code @imgly/background-removal-data} 1.4.5) on ONNX Runtime, its matte refined to the image's
 * size by {@link AlphaRefiner}. The model is AGPL-3.0: the engine says so, and operators can switch
 * it off with {@code FRAMEWRIGHT_ENGINES_DISABLED=isnet}. One shared session, loaded on first use.
 */
public final class IsnetMatting implements Matting {
    public static final String ENGINE = "isnet";
    public static final String MODEL_FILE = "isnet/isnet-medium-fp16.onnx";
    static final String LICENSE = "AGPL-3.0 (ISNet model weights by IMG.LY); ONNX Runtime MIT";

    private final OnnxModel model;
    private final IsnetMatte matte;

    /** @param modelsDir the models folder ({@code models-dir}); the file is {@value #MODEL_FILE} */
    public IsnetMatting(Path modelsDir) {
        this.model = new OnnxModel(modelsDir.resolve(MODEL_FILE));
        this.matte = new IsnetMatte(model);
    }

    @Override
    public EngineInfo probe() {
        if (!model.present()) {
            return EngineInfo.unavailable(
                    ENGINE,
                    "1.4.5",
                    LICENSE,
                    "model file missing: " + MODEL_FILE + " (run ./framewright setup to install the models)");
        }
        return EngineInfo.available(
                ENGINE,
                "1.4.5",
                LICENSE,
                Map.of(
                        "model",
                        "ISNet general, fp16 (npm @imgly/background-removal-data@1.4.5 /models/medium)",
                        "modelLicense",
                        "AGPL-3.0: switch off with FRAMEWRIGHT_ENGINES_DISABLED=" + ENGINE,
                        "runtime",
                        "ONNX Runtime 1.23.2 (MIT), CPU",
                        "input",
                        IsnetMatte.SIZE + "x" + IsnetMatte.SIZE));
    }

    @Override
    public float[] alpha(BufferedImage image, BooleanSupplier cancelled) throws ToolFailure {
        float[] small;
        try {
            small = matte.matte(image);
        } catch (OrtException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The background model could not run", true, e);
        }
        if (cancelled.getAsBoolean()) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "Background removal was stopped: the run was cancelled");
        }
        return refine(image, small);
    }

    /** The 1024² matte at the image's size, edges guided by the image itself. */
    static float[] refine(BufferedImage image, float[] small) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] up = AlphaRefiner.upsample(small, IsnetMatte.SIZE, IsnetMatte.SIZE, w, h);
        int radius = Math.max(2, (int) Math.round(Math.max(w, h) / 512.0 * 2));
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        return AlphaRefiner.guided(AlphaRefiner.luma(argb), up, w, h, radius);
    }
}
