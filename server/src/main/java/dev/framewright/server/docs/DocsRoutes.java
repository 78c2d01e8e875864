package dev.framewright.server.docs;

import dev.framewright.core.ApiException;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * Documentation an agent or a person can read, served by the server itself: {@code /llms.txt} (the
 * index), {@code /llms-full.txt} (everything in one text), {@code /docs} and {@code /docs/{page}}
 * (each guide as a plain HTML page, or its Markdown with a {@code .md} suffix). No authentication.
 */
public final class DocsRoutes {
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Guides guides;
    private final LlmsText llms;
    private final HtmlPages html;
    private final Supplier<String> baseUrl;

    /** @param baseUrl the public base URL, known once the port is bound */
    public DocsRoutes(Supplier<String> baseUrl) {
        this.guides = Guides.load();
        this.llms = new LlmsText(guides);
        this.html = new HtmlPages(guides);
        this.baseUrl = baseUrl;
    }

    public void register(RouteTable t) {
        var open = RouteTable.Access.PUBLIC;
        t.get("/llms.txt", open, null, ctx -> text(ctx, TEXT, llms.index(baseUrl.get())));
        t.get("/llms-full.txt", open, null, ctx -> text(ctx, TEXT, llms.full(baseUrl.get())));
        t.get("/docs", open, null, ctx -> text(ctx, HtmlPages.TYPE, html.index()));
        t.get("/docs/{page}", open, null, this::page);
    }

    private void page(Context ctx) {
        String page = ctx.pathParam("page");
        boolean markdown = page.endsWith(".md");
        String name = markdown ? page.substring(0, page.length() - 3) : page;
        Guides.Guide g = guides.find(name).orElseThrow(() -> ApiException.notFound("Guide '" + name + "'"));
        if (markdown) {
            text(ctx, "text/markdown; charset=utf-8", LlmsText.absolute(g.markdown(), baseUrl.get()));
        } else {
            text(ctx, HtmlPages.TYPE, html.page(g));
        }
    }

    private static void text(Context ctx, String type, String body) {
        ctx.status(200)
                .contentType(type)
                .header("Cache-Control", "public, max-age=300")
                .result(body);
    }
}
