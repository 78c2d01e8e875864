package dev.framewright.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolOutput;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ToolOutputTest {
    private static final ToolOutput OUT = new ToolOutput(Path.of("a.mp3"), FileType.AUDIO, "audio/mpeg", "mp3", null);

    @Test
    void descriptionAndSidecarsAreOptionalAdditions() {
        assertThat(OUT.description()).isNull();
        assertThat(OUT.sidecars()).isEmpty();
        ToolOutput more = OUT.withDescription("recipe: rain").withSidecar("timings.json", Path.of("t.json"));
        assertThat(more.description()).isEqualTo("recipe: rain");
        assertThat(more.sidecars()).containsExactly(new ToolOutput.Sidecar("timings.json", Path.of("t.json")));
        assertThat(more.file()).isEqualTo(OUT.file());
    }

    @Test
    void sidecarNamesCannotTakeARenditionsPlace() {
        for (String bad : new String[] {
            "download.mp3",
            "preview.mp3",
            "thumbnail.png",
            "hls.m3u8",
            "../x.json",
            "a/b.json",
            "Timings.json",
            "noextension",
            ""
        }) {
            assertThatThrownBy(() -> OUT.withSidecar(bad, Path.of("x")))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> OUT.withSidecar("t.json", Path.of("a")).withSidecar("t.json", Path.of("b")))
                .hasMessageContaining("distinct");
    }
}
