package dev.framewright.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaults() {
        ServerConfig c = ServerConfig.from(ConfigSources.load(List.of(), Map.of()));
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(c.publicBaseUrl(8080)).isEqualTo("http://127.0.0.1:8080");
        assertThat(c.webhooksAllowHttp()).isFalse();
        assertThat(c.outboundAllowPrivate()).isFalse();
        assertThat(c.maxJsonBytes()).isEqualTo(1 << 20);
        assertThat(c.signedUrlTtl().toSeconds()).isEqualTo(3600);
        assertThat(c.uploadUrlTtl().toSeconds()).isEqualTo(900);
        assertThat(c.teamConcurrency()).isEqualTo(4);
        assertThat(c.databaseUrl()).startsWith("jdbc:sqlite:").endsWith("framewright.db");
    }

    @Test
    void precedenceIsDefaultsFileEnvironmentFlags() throws Exception {
        Path file = dir.resolve("fw.properties");
        Files.writeString(file, "port=7000\nmax-json-bytes=4096\nteam-concurrency=2\n");
        Map<String, String> env = Map.of(
                "FRAMEWRIGHT_CONFIG", file.toString(), "FRAMEWRIGHT_PORT", "7001", "FRAMEWRIGHT_TEAM_CONCURRENCY", "3");
        ServerConfig c = ServerConfig.from(ConfigSources.load(List.of("--team-concurrency", "5"), env));
        assertThat(c.port()).isEqualTo(7001);
        assertThat(c.maxJsonBytes()).isEqualTo(4096);
        assertThat(c.teamConcurrency()).isEqualTo(5);
    }

    @Test
    void upscaleImagePassesAre1Or2Or4() {
        assertThat(ServerConfig.from(ConfigSources.load(List.of(), Map.of())).upscaleImagePasses())
                .isEqualTo(1);
        assertThat(ServerConfig.from(ConfigSources.load(List.of(), Map.of("FRAMEWRIGHT_UPSCALE_IMAGE_PASSES", "4")))
                        .upscaleImagePasses())
                .isEqualTo(4);
        for (String bad : List.of("0", "3", "8", "two")) {
            assertThatThrownBy(() ->
                            ServerConfig.from(ConfigSources.load(List.of("--upscale-image-passes", bad), Map.of())))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("upscale-image-passes")
                    .hasMessageContaining("1, 2 or 4");
        }
    }

    @Test
    void temporaryRetentionIsHoursFrom1To8760() {
        assertThat(ServerConfig.from(ConfigSources.load(List.of(), Map.of())).temporaryRetention())
                .isEqualTo(java.time.Duration.ofHours(24));
        assertThat(ServerConfig.from(
                                ConfigSources.load(List.of(), Map.of("FRAMEWRIGHT_TEMPORARY_RETENTION_HOURS", "48")))
                        .temporaryRetention())
                .isEqualTo(java.time.Duration.ofHours(48));
        for (String bad : List.of("0", "8761", "1.5")) {
            assertThatThrownBy(() -> ServerConfig.from(
                            ConfigSources.load(List.of("--temporary-retention-hours", bad), Map.of())))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("temporary-retention-hours")
                    .hasMessageContaining("1–8760");
        }
    }

    @Test
    void invalidValuesNameTheSettingAndRange() {
        assertThatThrownBy(() -> ServerConfig.from(ConfigSources.load(List.of(), Map.of("FRAMEWRIGHT_PORT", "99999"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "invalid value '99999' for port (FRAMEWRIGHT_PORT / --port): allowed 0–65535 (0 = any free port)");
        assertThatThrownBy(() ->
                        ServerConfig.from(ConfigSources.load(List.of("--webhooks-allow-http", "maybe"), Map.of())))
                .hasMessageContaining("webhooks-allow-http");
        assertThatThrownBy(
                        () -> ServerConfig.from(ConfigSources.load(List.of("--public-base-url", "ftp://x"), Map.of())))
                .hasMessageContaining("public-base-url");
        assertThatThrownBy(() -> ConfigSources.load(List.of("--no-such-thing", "1"), Map.of()))
                .hasMessageContaining("unknown flag --no-such-thing");
        assertThatThrownBy(
                        () -> ServerConfig.from(ConfigSources.load(List.of("--bootstrap-api-key", "short"), Map.of())))
                .hasMessageContaining("bootstrap-api-key")
                .hasMessageNotContaining("short");
    }

    @Test
    void describeMasksSecrets() {
        ServerConfig c = ServerConfig.from(ConfigSources.load(
                List.of("--bootstrap-api-key", "supersecretkey-0123456789", "--database-password", "hunter2hunter2"),
                Map.of()));
        String all = String.join("\n", c.describe(8080));
        assertThat(all).doesNotContain("supersecretkey-0123456789").doesNotContain("hunter2hunter2");
        assertThat(all).contains("bootstrap-api-key=supe****89").contains("database-password=****");
    }
}
