package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search without an embedding engine is 503 engine_unavailable (API.md §3.2), after validation. */
class SearchDisabledTest {
    @TempDir
    Path data;

    @Test
    void searchIs503WhenTheEmbeddingEngineIsDisabled() throws Exception {
        try (TestServer s = TestServer.startWithEnv(
                data, Map.of("FRAMEWRIGHT_ENGINES_DISABLED", "all-minilm-l6-v2-q,tesseract,pocketsphinx"))) {
            TestServer.Res r = s.post("/v1/files/search", "{\"query\":\"anything\"}");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.code()).isEqualTo("engine_unavailable");
            assertThat(r.json().get("message").asText())
                    .isEqualTo(
                            "No search embedding engine is available on this server (see GET /v1/resources/engines)");
            // body validation comes first (API.md §1.5 check order)
            assertThat(s.post("/v1/files/search", "{}").status()).isEqualTo(400);

            JsonNode engines = s.get("/v1/resources/engines").json().get("engines");
            JsonNode description = engines.get(10);
            assertThat(description.get("engine").asText()).isEqualTo("metadata");
            assertThat(description.get("available").asBoolean()).isTrue();
            assertThat(description.get("details").get("ocr").asText())
                    .isEqualTo("unavailable: disabled by configuration (FRAMEWRIGHT_ENGINES_DISABLED)");
            assertThat(engines.get(11).get("available").asBoolean()).isFalse();
            assertThat(engines.get(11).get("reason").asText()).contains("FRAMEWRIGHT_ENGINES_DISABLED");
            JsonNode embedding = engines.get(12);
            assertThat(embedding.get("engine").asText()).isEqualTo("all-minilm-l6-v2-q");
            assertThat(embedding.get("available").asBoolean()).isFalse();
            assertThat(embedding.get("reason").asText()).contains("FRAMEWRIGHT_ENGINES_DISABLED");
        }
    }
}
