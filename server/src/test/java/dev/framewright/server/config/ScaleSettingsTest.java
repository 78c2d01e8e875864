package dev.framewright.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scale-mode settings (docs/scale-out.md): role, node id and the S3 bucket, validated at start. */
class ScaleSettingsTest {
    private static final String PG = "jdbc:postgresql://db:5432/framewright";
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static Map<String, String> scale(String... more) {
        Map<String, String> env = new HashMap<>(Map.of(
                "FRAMEWRIGHT_DATABASE_URL", PG,
                "FRAMEWRIGHT_S3_BUCKET", "framewright-media",
                "FRAMEWRIGHT_S3_ENDPOINT", "http://minio:9000",
                "FRAMEWRIGHT_S3_ACCESS_KEY", "access",
                "FRAMEWRIGHT_S3_SECRET_KEY", "secret-value",
                "FRAMEWRIGHT_S3_PATH_STYLE", "true",
                "FRAMEWRIGHT_WEBHOOK_SECRET_KEY", KEY));
        for (int i = 0; i < more.length; i += 2) {
            if (more[i + 1] == null) {
                env.remove(more[i]);
            } else {
                env.put(more[i], more[i + 1]);
            }
        }
        return env;
    }

    private static ServerConfig from(Map<String, String> env, String... flags) {
        return ServerConfig.from(ConfigSources.load(List.of(flags), env));
    }

    @Test
    void defaultsAreOneNodeWithEverythingAndLocalBlobs() {
        ServerConfig c = from(Map.of());
        assertThat(c.role()).isEqualTo(Role.ALL);
        assertThat(c.s3()).isNull();
        assertThat(c.nodeId())
                .matches("[A-Za-z0-9._-]+-" + ProcessHandle.current().pid());
    }

    @Test
    void aBucketIsReadWithEveryS3Setting() {
        ServerConfig c = from(scale("FRAMEWRIGHT_S3_REGION", "eu-west-3"), "--node-id", "api-1", "--role", "api");
        assertThat(c.s3().bucket()).isEqualTo("framewright-media");
        assertThat(c.s3().endpoint()).hasToString("http://minio:9000");
        assertThat(c.s3().region()).isEqualTo("eu-west-3");
        assertThat(c.s3().accessKey()).isEqualTo("access");
        assertThat(c.s3().secretKey()).isEqualTo("secret-value");
        assertThat(c.s3().pathStyle()).isTrue();
        assertThat(c.nodeId()).isEqualTo("api-1");
        assertThat(c.role()).isEqualTo(Role.API);
        assertThat(c.describe(8080)).contains("role=api", "node-id=api-1", "s3-secret-key=****");
        assertThat(String.join("\n", c.describe(8080))).doesNotContain("secret-value");
    }

    @Test
    void anApiNodeRunsNoExecutionsOrAnalysisWhateverWorkersSays() {
        ServerConfig c = from(scale(), "--role", "api", "--workers", "8", "--analysis-workers", "2");
        assertThat(c.workers()).isZero();
        assertThat(c.analysisWorkers()).isZero();
        ServerConfig w = from(scale(), "--role", "worker", "--workers", "8");
        assertThat(w.workers()).isEqualTo(8);
    }

    @Test
    void splitRolesNeedPostgresABucketAndTheWebhookKey() {
        assertThatThrownBy(() -> from(Map.of(), "--role", "worker"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("role=worker")
                .hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> from(scale("FRAMEWRIGHT_S3_BUCKET", null), "--role", "api"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("s3-bucket");
        assertThatThrownBy(() -> from(scale("FRAMEWRIGHT_WEBHOOK_SECRET_KEY", null), "--role", "api"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRAMEWRIGHT_WEBHOOK_SECRET_KEY");
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> from(scale(), "--role", "scheduler"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("role (FRAMEWRIGHT_ROLE / --role): allowed all|api|worker");
        assertThatThrownBy(() -> from(Map.of(), "--node-id", "has space"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRAMEWRIGHT_NODE_ID");
        assertThatThrownBy(() -> from(scale("FRAMEWRIGHT_S3_BUCKET", "Upper_Case")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRAMEWRIGHT_S3_BUCKET");
        assertThatThrownBy(() -> from(scale("FRAMEWRIGHT_S3_ENDPOINT", "ftp://x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRAMEWRIGHT_S3_ENDPOINT");
        assertThatThrownBy(() -> from(scale("FRAMEWRIGHT_S3_SECRET_KEY", null)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRAMEWRIGHT_S3_SECRET_KEY");
        assertThatThrownBy(() -> from(scale("FRAMEWRIGHT_S3_PATH_STYLE", "maybe")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRAMEWRIGHT_S3_PATH_STYLE");
    }
}
