package dev.framewright.engines.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {
    private static final Path SCRATCH = Path.of("/var/lib/framewright/scratch/run-1");

    @Test
    void takesTheLastNonBlankLine() {
        assertThat(FailureMessages.lastLine("one\ntwo\n\n  \n", List.of(), null))
                .isEqualTo("two");
        assertThat(FailureMessages.lastLine("", List.of(), null)).isEmpty();
    }

    @Test
    void replacesPathsWithFileNames() {
        String line = "/var/lib/framewright/scratch/run-1/in put.mov: moov atom not found (/usr/lib/x.so)";

        assertThat(FailureMessages.sanitize(line, List.of("ffmpeg", "-i", SCRATCH + "/in put.mov"), SCRATCH))
                .isEqualTo("in put.mov: moov atom not found (x.so)");
    }

    @Test
    void replacesFileUrls() {
        String line = "file:/data/blobs/f1/original: Invalid data; also file:/etc/x.conf";

        assertThat(FailureMessages.sanitize(line, List.of("ffmpeg", "-i", "file:/data/blobs/f1/original"), null))
                .isEqualTo("original: Invalid data; also x.conf");
    }

    @Test
    void keepsRatiosUrlsAndRelativePaths() {
        String line = "frame 1/25 at http://example.com/a and seg/001.ts, size 3/4";

        assertThat(FailureMessages.sanitize(line, List.of(), SCRATCH)).isEqualTo(line);
    }

    @Test
    void boundsTheLength() {
        assertThat(FailureMessages.sanitize("x".repeat(1000), List.of(), null)).hasSize(FailureMessages.MAX_LINE + 1);
    }
}
