package dev.framewright.engines.analysis;

import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OCR with Tesseract (Debian {@code tesseract-ocr tesseract-ocr-eng}, Apache-2.0), run as a
 * subprocess with the English model, one thread per run ({@code OMP_THREAD_LIMIT=1}: analysis runs
 * beside executions and requests). The probe runs {@code tesseract --list-langs} once.
 */
final class TesseractOcr implements Ocr {
    static final String NAME = "tesseract";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private volatile EngineInfo probed;

    @Override
    public EngineInfo probe() {
        EngineInfo p = probed;
        if (p == null) {
            probed = p = check();
        }
        return p;
    }

    private static EngineInfo check() {
        Optional<Path> program = Subprocess.which(NAME);
        if (program.isEmpty()) {
            return EngineInfo.unavailable(NAME, null, "Apache-2.0", "tesseract is not installed (tesseract-ocr)");
        }
        List<String> out = new ArrayList<>();
        try {
            Subprocess.of(program.get().toString(), "--list-langs")
                    .timeout(Duration.ofSeconds(20))
                    .onStdoutLine(out::add)
                    .run();
        } catch (ToolFailure e) {
            return EngineInfo.unavailable(NAME, null, "Apache-2.0", "tesseract does not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EngineInfo.unavailable(NAME, null, "Apache-2.0", "probe interrupted");
        }
        if (out.stream().noneMatch(l -> l.strip().equals("eng"))) {
            return EngineInfo.unavailable(
                    NAME, null, "Apache-2.0", "the English model is not installed (tesseract-ocr-eng)");
        }
        return EngineInfo.available(NAME, null, "Apache-2.0", Map.of("languages", "eng"));
    }

    @Override
    public String read(Path image, Path workDir) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        try {
            // psm 11 (sparse text) finds the scattered words of posters, slides and screenshots that the
            // default page segmentation drops
            Subprocess.of(
                            "env",
                            "OMP_THREAD_LIMIT=1",
                            NAME,
                            image.toAbsolutePath().toString(),
                            "stdout",
                            "-l",
                            "eng",
                            "--psm",
                            "11")
                    .workingDir(workDir)
                    .timeout(TIMEOUT)
                    .onStdoutLine(lines::add)
                    .run();
        } catch (ToolFailure e) {
            throw new IOException(e.getMessage(), e);
        }
        return OcrText.clean(lines);
    }
}
