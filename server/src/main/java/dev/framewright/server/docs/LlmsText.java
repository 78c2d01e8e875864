package dev.framewright.server.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.framewright.contract.OpenApiDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders the guides for agents (llmstxt.org): {@code /llms.txt} is the index with absolute links, and
 * {@code /llms-full.txt} is the index followed by every guide and a reference of every operation of
 * openapi.yaml (method, path, summary), so that one text holds the whole API.
 */
final class LlmsText {
    private static final Pattern GUIDE_LINK = Pattern.compile("]\\(([a-z0-9-]+)\\.md\\)");
    private static final Pattern ROOT_LINK = Pattern.compile("]\\(/");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "options");

    private final Guides guides;
    private final String reference;

    LlmsText(Guides guides) {
        this.guides = guides;
        this.reference = reference();
    }

    /** The index, with links made absolute under {@code base} (guides point at their Markdown). */
    String index(String base) {
        return absolute(guides.index(), base);
    }

    String full(String base) {
        StringBuilder out = new StringBuilder(index(base));
        for (Guides.Guide g : guides.all()) {
            out.append("\n\n---\n\n<!-- ")
                    .append(base)
                    .append("/docs/")
                    .append(g.name())
                    .append(".md -->\n\n")
                    .append(absolute(g.markdown(), base).strip())
                    .append('\n');
        }
        return out.append("\n---\n\n").append(reference).toString();
    }

    /** Links between guides ({@code x.md}) and to server paths ({@code /v1/…}) become absolute. */
    static String absolute(String markdown, String base) {
        String s = GUIDE_LINK.matcher(markdown).replaceAll(m -> "](" + base + "/docs/" + m.group(1) + ".md)");
        return ROOT_LINK.matcher(s).replaceAll("](" + base + "/");
    }

    private static String reference() {
        JsonNode doc;
        try (InputStream in = OpenApiDocument.open()) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder("# API reference\n\n")
                .append("Every operation of the OpenAPI document (`GET /v1/openapi.json`), generated from it. ")
                .append("Operations under `/v1/` need `Authorization: Bearer <API key>`.\n\n");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    out.append("- `")
                            .append(op.getKey().toUpperCase(java.util.Locale.ROOT))
                            .append(' ')
                            .append(path.getKey())
                            .append("`: ")
                            .append(op.getValue().path("summary").asText(""))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }
}
