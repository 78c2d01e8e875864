package dev.framewright.engines.analysis;

import dev.framewright.core.executions.EngineInfo;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the text in an image. Thread-safe; {@link #NONE} reads nothing (the metadata-only fallback). */
interface Ocr {
    Ocr NONE = new Ocr() {
        @Override
        public EngineInfo probe() {
            return EngineInfo.unavailable("none", null, null, "no OCR engine is installed");
        }

        @Override
        public String read(Path image, Path workDir) {
            return "";
        }
    };

    /** Cheap; may be cached. */
    EngineInfo probe();

    /**
     * The text of {@code image} (PNG or JPEG), lines kept, blank when there is none.
     *
     * @throws IOException the engine failed on this image
     */
    String read(Path image, Path workDir) throws IOException, InterruptedException;
}
