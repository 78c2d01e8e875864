package dev.framewright.engines.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.files.FileRecord;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** The reference images of a generative request ({@code imageFileIds}), decoded at a bounded size. */
public final class ImageInputs {
    private ImageInputs() {}

    public static List<String> ids(JsonNode input) {
        List<String> ids = new ArrayList<>();
        input.path("imageFileIds").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    /** The SHA-256 of each reference, in order (part of the seed). */
    public static List<String> hashes(ToolContext ctx, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            FileRecord f = ctx.inputFile(id);
            out.add(f.sha256() == null ? id : f.sha256());
        }
        return out;
    }

    /**
     * Decodes each reference, subsampled so that it is not much larger than {@code box} on its longer
     * side (memory stays bounded for huge uploads).
     *
     * @throws ToolFailure {@code input_invalid} when one cannot be decoded
     */
    public static List<BufferedImage> decode(ToolContext ctx, List<String> ids, int box) throws ToolFailure {
        List<BufferedImage> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                out.add(read(ctx.inputPath(ids.get(i)), box));
            } catch (IOException | RuntimeException e) {
                throw new ToolFailure(
                        ErrorCode.INPUT_INVALID, "imageFileIds[" + i + "] could not be decoded", false, e);
            }
        }
        return out;
    }

    public static BufferedImage read(Path file, int box) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no decoder for the image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longSide / (box * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }
}
