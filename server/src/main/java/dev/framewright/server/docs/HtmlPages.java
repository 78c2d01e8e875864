package dev.framewright.server.docs;

import static dev.framewright.server.http.Html.escape;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The guides as plain HTML pages (CommonMark with tables, raw HTML escaped), linked to each other
 * under {@code /docs/}. No scripts, no third-party assets. Rendered once per guide and kept.
 */
final class HtmlPages {
    static final String TYPE = "text/html; charset=utf-8";
    private static final Pattern GUIDE_LINK = Pattern.compile("href=\"([a-z0-9-]+)\\.md(#[^\"]*)?\"");
    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;"
            + "padding:0 1rem;color:#222}pre,code{font:14px ui-monospace,monospace;background:#f4f4f4}"
            + "pre{padding:.75rem;overflow-x:auto}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}nav{margin-bottom:1rem}";

    private final Guides guides;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    HtmlPages(Guides guides) {
        this.guides = guides;
        List<Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer =
                HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
    }

    String index() {
        return cache.computeIfAbsent("", k -> page("Framewright guides", guides.index()));
    }

    String page(Guides.Guide g) {
        return cache.computeIfAbsent(g.name(), k -> page(g.title() + " · Framewright", g.markdown()));
    }

    private String page(String title, String markdown) {
        String body = renderer.render(parser.parse(markdown));
        body = GUIDE_LINK
                .matcher(body)
                .replaceAll(m -> "href=\"/docs/" + m.group(1) + (m.group(2) == null ? "" : m.group(2)) + "\"");
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(title) + "</title><style>" + STYLE + "</style></head><body>"
                + "<nav><a href=\"/docs\">Guides</a> · <a href=\"/llms.txt\">llms.txt</a> · "
                + "<a href=\"/llms-full.txt\">llms-full.txt</a> · <a href=\"/v1/openapi.json\">OpenAPI</a></nav>\n"
                + body + "</body></html>\n";
    }
}
