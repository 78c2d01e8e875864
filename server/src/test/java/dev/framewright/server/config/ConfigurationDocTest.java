package dev.framewright.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists exactly the settings the code reads, with the same defaults and ranges. */
class ConfigurationDocTest {
    @Test
    void theDocumentedTableIsTheCodesTable() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "configuration.md"));
        assertThat(doc)
                .as(
                        "docs/configuration.md must contain this table verbatim (regenerate it from Settings.markdownTable())")
                .contains(Settings.markdownTable());
    }
}
