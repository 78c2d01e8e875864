package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.framewright.contract.OpenApiDocument;
import dev.framewright.contract.ToolType;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's pages over plain HTTP (no browser): served without a key, locked down by headers,
 * one form control for every request field of every tool in the contract, ids escaped, and static
 * files with ETags. The browser behaviour is {@link ConsoleBrowserTest}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesTest {
    @TempDir
    static Path data;

    TestServer s;

    @BeforeAll
    void start() throws Exception {
        s = TestServer.start(data);
    }

    @AfterAll
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    private TestServer.Res page(String path) {
        return s.send(HttpRequest.newBuilder(s.uri(path)));
    }

    @Test
    void pagesNeedNoKeyAndForbidFramingAndThirdParties() {
        for (String path : List.of(
                "/console",
                "/console/playground",
                "/console/executions",
                "/console/executions/vg_exec_AAAAAAAAAAAAAAAAAAAAAA",
                "/console/files",
                "/console/files/vg_file_AAAAAAAAAAAAAAAAAAAAAA",
                "/console/webhooks",
                "/console/webhooks/vg_wh_AAAAAAAAAAAAAAAAAAAAAA",
                "/console/engines")) {
            TestServer.Res r = page(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.header("Content-Type")).as(path).startsWith("text/html");
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("*");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.body()).contains("<html lang=\"en\">", "<main id=\"main\"", "Skip to content");
            // nothing loads from another origin, and there is no inline script
            assertThat(r.body()).doesNotContainPattern("(src|href)=\"https?://");
            assertThat(r.body()).doesNotContainPattern("<script>");
            for (String asset : assets(r.body())) {
                assertThat(page(asset).status()).as(asset).isEqualTo(200);
            }
        }
        assertThat(page("/console").body()).contains("type=\"password\"", "<label for=\"api-key\">");
    }

    @Test
    void everyToolHasAControlForEveryFieldOfItsContractSchema() throws Exception {
        JsonNode doc;
        try (InputStream in = OpenApiDocument.open()) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        for (ToolType t : ToolType.values()) {
            String ref = doc.at("/paths/~1v1~1tools~1" + t.path()
                            + "/post/requestBody/content/application~1json/schema/$ref")
                    .asText();
            JsonNode schema = doc.at(ref.substring(1));
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(n -> required.add(n.asText()));
            String html = page("/console/playground?tool=" + t.path()).body();
            assertThat(html).contains("data-tool=\"" + t.path() + "\"", "aria-current=\"page\">");
            List<String> names = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(names::add);
            assertThat(names).as(t.path()).isNotEmpty();
            for (String name : names) {
                Matcher m = Pattern.compile(
                                "<(input|select|textarea|fieldset)[^>]*(name|data-name)=\"" + name + "\"[^>]*>")
                        .matcher(html);
                assertThat(m.find()).as(t.path() + " has a control for " + name).isTrue();
                String control = m.group();
                if (required.contains(name)) {
                    assertThat(control).as(t.path() + "." + name).contains(" required");
                }
                if (!control.startsWith("<fieldset")) {
                    String id = control.replaceAll("(?s).*\\bid=\"([^\"]+)\".*", "$1");
                    assertThat(html).as("label of " + t.path() + "." + name).contains("<label for=\"" + id + "\">");
                }
            }
            boolean takesFiles = names.stream().anyMatch(n -> n.endsWith("FileId") || n.endsWith("FileIds"));
            assertThat(html.contains("id=\"upload-input\""))
                    .as(t.path() + " upload zone")
                    .isEqualTo(takesFiles);
        }
        // pickers: the catalogues and file types the script fills
        assertThat(page("/console/playground?tool=text-to-speech").body()).contains("data-catalogue=\"voices\"");
        assertThat(page("/console/playground?tool=generate-avatar").body())
                .contains("data-catalogue=\"presenters\"", "data-file-type=\"AUDIO\"");
        assertThat(page("/console/playground?tool=generate-image").body())
                .contains("multiple size=\"4\" data-max-items=\"4\"", "data-name=\"aspectRatio\"");
        assertThat(page("/console/playground?tool=upscale-video").body()).contains("data-file-type=\"VIDEO\"");
        // an unknown or missing tool shows text-to-speech
        assertThat(page("/console/playground?tool=nope").body()).contains("data-tool=\"text-to-speech\"");
        assertThat(page("/console/playground").body()).contains("data-tool=\"text-to-speech\"");
    }

    @Test
    void pathIdsAreEscaped() {
        String body =
                page("/console/files/%3Cscript%3Ealert(1)%3C%2Fscript%3E%22").body();
        assertThat(body).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
    }

    @Test
    void staticFilesHaveETagsAndUnknownOnesAre404() {
        TestServer.Res js = page("/console/assets/console.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.header("Content-Type")).startsWith("text/javascript");
        assertThat(js.header("Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(js.body()).contains("sessionStorage").doesNotContain("localStorage.setItem");
        String etag = js.header("ETag");
        assertThat(s.send(HttpRequest.newBuilder(s.uri("/console/assets/console.js"))
                                .header("If-None-Match", etag))
                        .status())
                .isEqualTo(304);
        assertThat(page("/console/assets/hls.min.js").body()).contains("Hls");
        assertThat(page("/console/assets/console.css").header("Content-Type")).startsWith("text/css");
        assertThat(page("/console/assets/icon.svg").header("Content-Type")).startsWith("image/svg+xml");
        TestServer.Res missing = page("/console/assets/nope.js");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("not_found");
        // the embed page's copy of hls.js is the same file
        assertThat(page("/embed/assets/hls.min.js").body())
                .isEqualTo(page("/console/assets/hls.min.js").body());
    }

    private static List<String> assets(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/console/assets/[^\"]+)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }
}
