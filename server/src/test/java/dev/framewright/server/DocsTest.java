package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.OpenApiDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation the server serves for agents and people: /llms.txt links every guide of
 * docs/guides, /llms-full.txt holds them all and mentions every operation of the contract, the
 * hand-written guides alone mention every /v1 operation, and /docs renders each guide as HTML.
 */
class DocsTest {
    private static final Path GUIDES = Path.of("..", "docs", "guides");

    @TempDir
    Path data;

    @Test
    void llmsTxtLinksEveryGuideAbsolutely() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            TestServer.Res index = s.send(java.net.http.HttpRequest.newBuilder(s.uri("/llms.txt")));
            assertThat(index.status()).isEqualTo(200);
            assertThat(index.header("Content-Type")).startsWith("text/plain");
            assertThat(index.body()).startsWith("# Framewright\n");
            for (String guide : guideNames()) {
                assertThat(index.body()).as(guide).contains("](" + s.base() + "/docs/" + guide + ".md)");
                TestServer.Res md = s.send(java.net.http.HttpRequest.newBuilder(s.uri("/docs/" + guide + ".md")));
                assertThat(md.status()).as(guide).isEqualTo(200);
                assertThat(md.header("Content-Type")).startsWith("text/markdown");
                assertThat(md.body()).startsWith("# ");
            }
            assertThat(index.body())
                    .contains("](" + s.base() + "/llms-full.txt)", "](" + s.base() + "/v1/openapi.json)");
        }
    }

    @Test
    void llmsFullTxtMentionsEveryOperationOfTheContract() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            TestServer.Res full = s.send(java.net.http.HttpRequest.newBuilder(s.uri("/llms-full.txt")));
            assertThat(full.status()).isEqualTo(200);
            for (String op : OpenApiDocument.operations()) {
                String path = op.substring(op.indexOf(' ') + 1);
                assertThat(full.body()).as(op).contains(path);
            }
            for (String guide : guideNames()) {
                assertThat(full.body()).contains(firstLine(guide));
            }
        }
    }

    /** Not only the generated reference: the written guides explain every /v1 operation by name. */
    @Test
    void theGuidesThemselvesMentionEveryV1Operation() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String guide : guideNames()) {
            all.append(Files.readString(GUIDES.resolve(guide + ".md")));
        }
        for (String op : OpenApiDocument.operations()) {
            if (op.contains(" /v1/") && !op.startsWith("GET /v1/openapi.json")) {
                String path = op.substring(op.indexOf(' ') + 1);
                boolean methodAndPath = all.indexOf(op) >= 0;
                boolean pathOnly = all.indexOf("`" + path + "`") >= 0;
                assertThat(methodAndPath || pathOnly)
                        .as(op + " mentioned in docs/guides")
                        .isTrue();
            }
        }
    }

    @Test
    void docsRendersEachGuideAsHtmlWithLinksBetweenPages() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            TestServer.Res index = s.send(java.net.http.HttpRequest.newBuilder(s.uri("/docs")));
            assertThat(index.status()).isEqualTo(200);
            assertThat(index.header("Content-Type")).startsWith("text/html");
            for (String guide : guideNames()) {
                assertThat(index.body()).contains("href=\"/docs/" + guide + "\"");
                TestServer.Res page = s.send(java.net.http.HttpRequest.newBuilder(s.uri("/docs/" + guide)));
                assertThat(page.status()).as(guide).isEqualTo(200);
                assertThat(page.body()).contains("<h1>").doesNotContain("<script");
            }
            TestServer.Res errors = s.send(java.net.http.HttpRequest.newBuilder(s.uri("/docs/errors")));
            assertThat(errors.body()).contains("<table>", "<td><code>invalid_parameters</code></td>");
            TestServer.Res missing = s.send(java.net.http.HttpRequest.newBuilder(s.uri("/docs/nope")));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.code()).isEqualTo("not_found");
        }
    }

    /** Every guide file in docs/guides (except the index) is linked from the index, and vice versa. */
    static List<String> guideNames() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(GUIDES)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("index.md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        }
        Matcher m = Pattern.compile("]\\(([a-z0-9-]+)\\.md\\)").matcher(Files.readString(GUIDES.resolve("index.md")));
        List<String> linked = m.results().map(r -> r.group(1)).sorted().toList();
        assertThat(linked).as("guides linked from docs/guides/index.md").isEqualTo(files);
        return files;
    }

    private static String firstLine(String guide) throws IOException {
        return Files.readAllLines(GUIDES.resolve(guide + ".md")).get(0);
    }
}
