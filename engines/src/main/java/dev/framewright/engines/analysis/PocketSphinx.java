package dev.framewright.engines.analysis;

import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Speech recognition with CMU PocketSphinx (Debian {@code pocketsphinx pocketsphinx-en-us}, BSD),
 * {@code pocketsphinx_continuous} with the US English model, as a subprocess. About 70% of words
 * right on clear read speech, at about half real time. It also "hears" words in music and noise, so
 * its word confidences decide whether there was speech at all ({@link RecognisedWords}).
 */
final class PocketSphinx implements SpeechToText {
    static final String NAME = "pocketsphinx";
    static final String PROGRAM = "pocketsphinx_continuous";
    static final Path MODEL = Path.of("/usr/share/pocketsphinx/model/en-us/en-us");

    private final Duration timeout;

    /** @param timeout longest run; a longer recognition is stopped (the file then has no transcript) */
    PocketSphinx(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public EngineInfo probe() {
        Optional<Path> program = Subprocess.which(PROGRAM);
        if (program.isEmpty()) {
            return EngineInfo.unavailable(NAME, null, "BSD-2-Clause", PROGRAM + " is not installed (pocketsphinx)");
        }
        if (!Files.isDirectory(MODEL)) {
            return EngineInfo.unavailable(
                    NAME, null, "BSD-2-Clause", "the US English model is not installed (pocketsphinx-en-us)");
        }
        return EngineInfo.available(NAME, "0.8", "BSD-2-Clause", Map.of("language", "en-US", "quality", "approximate"));
    }

    @Override
    public String transcribe(Path wav16k, Path workDir) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        try {
            Subprocess.of(PROGRAM, "-infile", wav16k.toAbsolutePath().toString(), "-time", "yes", "-logfn", "/dev/null")
                    .workingDir(workDir)
                    .timeout(timeout)
                    .onStdoutLine(lines::add)
                    .run();
        } catch (ToolFailure e) {
            throw new IOException(e.getMessage(), e);
        }
        return RecognisedWords.parse(lines).speech();
    }
}
