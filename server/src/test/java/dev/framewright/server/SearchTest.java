package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysis and search over HTTP (API.md §3.2, §10.5, §10.6): OCR of uploaded images, transcripts of
 * speech, descriptions of tool outputs, TEMPORARY files never analysed nor found, archived files
 * excluded, selfOnly, numResults, similarity range and order, and the engines' status.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
    @TempDir
    static Path data;

    TestServer s;

    String poster;
    String temporary;
    String invoice;
    String garden;

    @BeforeAll
    void start() throws Exception {
        s = TestServer.start(data, "--analysis-workers", "1");
        assumeTrue(
                s.get("/v1/resources/engines")
                        .json()
                        .path("engines")
                        .get(10)
                        .path("engine")
                        .asText()
                        .startsWith("tesseract"),
                "tesseract-ocr is not installed");
        // the temporary file is uploaded first: the queue is first come, first served, so once the
        // later GLOBAL files are analysed it would have been too, had it been queued
        temporary = upload(
                Posters.png(new Color(200, 230, 200), "Secret Temporary Draft", "Quarterly pumpkin forecast"),
                "scratch.png",
                true);
        poster = upload(
                Posters.png(new Color(190, 210, 250), "Summer Jazz Night", "Riverside Park, July 12", "Free entry"),
                "IMG_0042.png",
                false);
        invoice = upload(
                Posters.png(new Color(245, 245, 235), "INVOICE 2024-117", "Plumbing repairs", "Total due: 480 EUR"),
                "scan-17.png",
                false);
        garden = upload(
                Posters.png(new Color(250, 220, 180), "Community Garden", "Tomato seedlings for sale"),
                "flyer.png",
                false);
        for (String id : List.of(poster, invoice, garden)) {
            awaitAnalysed(id);
        }
    }

    @AfterAll
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    String upload(byte[] bytes, String name, boolean temporary) throws Exception {
        TestServer.Res created =
                s.post("/v1/files/upload", "{\"displayName\":\"" + name + "\",\"isTemporary\":" + temporary + "}");
        String id = created.json().get("fileId").asText();
        TestServer.Res put = s.send(
                HttpRequest.newBuilder(s.uri(created.json().get("uploadUrl").asText()))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        return id;
    }

    JsonNode awaitAnalysed(String fileId) throws Exception {
        return s.await("/v1/files/" + fileId, f -> !f.path("description").isNull(), Duration.ofSeconds(120));
    }

    JsonNode search(String body) {
        TestServer.Res r = s.post("/v1/files/search", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("results");
    }

    static List<String> ids(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.forEach(r -> out.add(r.path("file").path("fileId").asText()));
        return out;
    }

    @Test
    void ocrFindsTheWordsOfAnUploadedImageAndTheTemplateDescribesIt() throws Exception {
        JsonNode f = s.get("/v1/files/" + poster).json();
        String d = f.get("description").asText();
        assertThat(d).startsWith("Image, 900×380 pixels, landscape.");
        assertThat(d).contains("Dominant colours: ").contains("Text in the image: ");
        assertThat(d).contains("Summer Jazz Night").contains("Riverside Park");
        assertThat(f.get("transcript").isNull()).isTrue();
    }

    @Test
    void theBestMatchComesFirstWithSimilarityInRangeAndDescending() {
        JsonNode results = search("{\"query\":\"live music evening by the river\"}");
        assertThat(ids(results)).first().isEqualTo(poster);
        double previous = 1;
        for (JsonNode r : results) {
            double sim = r.get("similarity").asDouble();
            assertThat(sim).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = sim;
            // every result is a hydrated StorageFile with a freshly signed URL
            assertThat(r.path("file").path("downloadSource").path("url").asText())
                    .startsWith("http");
        }
        assertThat(ids(search("{\"query\":\"bill for the plumber\"}"))).first().isEqualTo(invoice);
        assertThat(ids(search("{\"query\":\"vegetable plants\"}"))).first().isEqualTo(garden);
    }

    @Test
    void temporaryFilesAreNeverAnalysedNorFound() {
        JsonNode f = s.get("/v1/files/" + temporary).json();
        assertThat(f.get("scope").asText()).isEqualTo("TEMPORARY");
        assertThat(f.get("description").isNull()).isTrue();
        assertThat(f.get("transcript").isNull()).isTrue();
        assertThat(ids(search("{\"query\":\"Secret Temporary Draft pumpkin forecast\",\"numResults\":100}")))
                .doesNotContain(temporary);
    }

    @Test
    void numResultsLimitsTheResultsAndIsValidated() {
        assertThat(search("{\"query\":\"poster\",\"numResults\":2}")).hasSize(2);
        assertThat(search("{\"query\":\"poster\",\"numResults\":null}").size()).isBetween(3, 10);
        TestServer.Res zero = s.post("/v1/files/search", "{\"query\":\"poster\",\"numResults\":0}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.code()).isEqualTo("invalid_parameters");
        assertThat(s.post("/v1/files/search", "{\"query\":\"poster\",\"numResults\":101}")
                        .status())
                .isEqualTo(400);
        TestServer.Res missing = s.post("/v1/files/search", "{\"query\":\"  \"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("message").asText()).isEqualTo("query is required");
        assertThat(s.post("/v1/files/search", "{\"query\":\"" + "x".repeat(1001) + "\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void selfOnlyKeepsTheFilesOfTheCallingKey() throws Exception {
        String other = otherKey();
        TestServer.Res created = s.send(HttpRequest.newBuilder(s.uri("/v1/files/upload"))
                .header("Authorization", "Bearer " + other)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"other-key.png\"}")));
        String mine = created.json().get("fileId").asText();
        s.send(HttpRequest.newBuilder(s.uri(created.json().get("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(
                        Posters.png(new Color(230, 200, 230), "Bicycle Repair Workshop", "Saturday morning"))));
        awaitAnalysed(mine);

        TestServer.Res all = s.send(searchAs(other, "{\"query\":\"bike repair\",\"numResults\":100}"));
        assertThat(ids(all.json().get("results"))).contains(mine, poster);
        TestServer.Res self =
                s.send(searchAs(other, "{\"query\":\"bike repair\",\"selfOnly\":true,\"numResults\":100}"));
        assertThat(ids(self.json().get("results"))).containsExactly(mine);
        assertThat(ids(search("{\"query\":\"bike repair\",\"selfOnly\":true,\"numResults\":100}")))
                .doesNotContain(mine)
                .contains(poster);
    }

    private HttpRequest.Builder searchAs(String key, String body) {
        return HttpRequest.newBuilder(s.uri("/v1/files/search"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private String otherKey() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = Admin.run(
                "keys",
                List.of("create", "--name", "second", "--data-dir", data.toString()),
                Map.of(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        return bytes.toString(StandardCharsets.UTF_8).lines().toList().get(1);
    }

    @Test
    void archivedFilesAreExcluded() throws Exception {
        String gone = upload(
                Posters.png(new Color(210, 240, 250), "Lighthouse Photography Club", "Meeting at the harbour"),
                "club.png",
                false);
        awaitAnalysed(gone);
        assertThat(ids(search("{\"query\":\"lighthouse photographers\"}")))
                .first()
                .isEqualTo(gone);
        s.postEmpty("/v1/files/" + gone + "/archive");
        assertThat(ids(search("{\"query\":\"lighthouse photographers\",\"numResults\":100}")))
                .doesNotContain(gone);
        // archived files keep their analysis
        assertThat(s.get("/v1/files/" + gone).json().get("description").asText())
                .contains("Lighthouse");
    }

    @Test
    void toolOutputsAreDescribedFromTheirInputAndTemporaryOutputsAreNot() throws Exception {
        TestServer.Res run = s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + garden + "\"}");
        TestServer.Res temp = s.post(
                "/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + garden + "\",\"isOutputTemporary\":true}");
        JsonNode done = s.awaitTerminal(run.json().get("toolExecutionId").asText(), Duration.ofSeconds(120));
        JsonNode tempDone = s.awaitTerminal(temp.json().get("toolExecutionId").asText(), Duration.ofSeconds(120));
        assertThat(done.get("status").asText()).isEqualTo("succeeded");
        String output = done.get("results").get(0).get("fileId").asText();
        JsonNode f = awaitAnalysed(output);
        assertThat(f.get("description").asText()).startsWith("Upscaled version of flyer.png (Image, ");
        String tempOutput = tempDone.get("results").get(0).get("fileId").asText();
        assertThat(s.get("/v1/files/" + tempOutput).json().get("description").isNull())
                .isTrue();
        assertThat(ids(search("{\"query\":\"upscaled tomato seedlings flyer\",\"numResults\":100}")))
                .contains(output)
                .doesNotContain(tempOutput);
    }

    @Test
    void spokenAudioGetsAnApproximateTranscript() throws Exception {
        assumeTrue(Posters.canSpeak(), "festival (text2wave) is not installed");
        assumeTrue(
                s.get("/v1/resources/engines")
                        .json()
                        .path("engines")
                        .get(11)
                        .path("available")
                        .asBoolean(),
                "pocketsphinx is not installed");
        String id = upload(
                Posters.speech("The quick brown fox jumps over the lazy dog near the river bank."),
                "voice-memo.wav",
                false);
        JsonNode f = awaitAnalysed(id);
        assertThat(f.get("type").asText()).isEqualTo("AUDIO");
        assertThat(f.get("transcript").asText()).contains("quick brown fox").contains("lazy dog");
        assertThat(f.get("description").asText())
                .startsWith("Audio, ")
                .contains("Speech (automatic transcript, approximate): ");
        assertThat(ids(search("{\"query\":\"a fox jumping over a dog\"}")))
                .first()
                .isEqualTo(id);
    }

    @Test
    void audioWithoutSpeechHasNoTranscript() throws Exception {
        String id = upload(Media.wav(2), "tone.wav", false);
        JsonNode f = awaitAnalysed(id);
        assertThat(f.get("transcript").isNull()).isTrue();
        assertThat(f.get("description").asText()).startsWith("Audio, 2 seconds.");
    }

    @Test
    void theEnginesListShowsTheAnalysisEngines() {
        JsonNode engines = s.get("/v1/resources/engines").json().get("engines");
        assertThat(engines.get(10).get("capability").asText()).isEqualTo("ANALYZE_DESCRIPTION");
        assertThat(engines.get(10).get("engine").asText()).isEqualTo("tesseract+metadata");
        assertThat(engines.get(10).get("available").asBoolean()).isTrue();
        assertThat(engines.get(11).get("capability").asText()).isEqualTo("ANALYZE_TRANSCRIPT");
        assertThat(engines.get(11).get("engine").asText()).isEqualTo("pocketsphinx");
        JsonNode embedding = engines.get(12);
        assertThat(embedding.get("capability").asText()).isEqualTo("SEARCH_EMBEDDING");
        assertThat(embedding.get("engine").asText()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(embedding.get("available").asBoolean()).isTrue();
        assertThat(embedding.get("details").get("license").asText()).isEqualTo("Apache-2.0");
        assertThat(embedding.get("details").get("dimensions").asText()).isEqualTo("384");
    }
}
