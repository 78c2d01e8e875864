package dev.framewright.server.console;

import static dev.framewright.server.http.Html.escape;

import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.server.media.StaticAssets;
import java.util.List;
import java.util.Locale;

/**
 * The console's server-rendered pages: one layout (skip link, header with the signed-in team and
 * key, navigation, main landmark) around each page's skeleton. The skeletons hold every label,
 * form and table head; {@code console.js} fills them from the REST API with the key the browser
 * keeps in {@code sessionStorage}. The pages themselves carry no team data, so they need no
 * authentication of their own. Plain Java templates: every dynamic value goes through {@link dev.framewright.server.http.Html#escape}.
 */
final class ConsolePages {
    /** The pages of the navigation, in order: path segment and title. */
    enum Section {
        PLAYGROUND("playground", "Playground"),
        EXECUTIONS("executions", "Executions"),
        FILES("files", "Files"),
        WEBHOOKS("webhooks", "Webhooks"),
        ENGINES("engines", "Engines");

        final String path;
        final String title;

        Section(String path, String title) {
            this.path = path;
            this.title = title;
        }
    }

    private final StaticAssets assets;
    private final ToolForms forms;
    private final java.util.function.Supplier<String> baseUrl;

    ConsolePages(StaticAssets assets, ToolForms forms, java.util.function.Supplier<String> baseUrl) {
        this.assets = assets;
        this.forms = forms;
        this.baseUrl = baseUrl;
    }

    String signIn() {
        StringBuilder b = new StringBuilder(2048);
        b.append("<div class=\"narrow\">\n<h1>Sign in</h1>\n")
                .append("<p>Paste an API key of your team. The console keeps it in this browser tab only")
                .append(" (session storage) and sends it as <code>Authorization: Bearer</code> to this server's")
                .append(" API; closing the tab forgets it. <code>./framewright keys create --team NAME</code>")
                .append(" makes a key.</p>\n")
                .append("<form id=\"sign-in\" class=\"stack\" novalidate>\n")
                .append("<div class=\"field\"><label for=\"api-key\">API key</label>\n")
                .append("<input id=\"api-key\" name=\"apiKey\" type=\"password\" autocomplete=\"off\"")
                .append(" spellcheck=\"false\" required aria-describedby=\"api-key-help\">\n")
                .append("<p id=\"api-key-help\" class=\"help\">Starts with <code>vg_key_</code>, or the")
                .append(" bootstrap key from the server's configuration.</p></div>\n")
                .append("<div class=\"actions\"><button type=\"submit\">Sign in</button></div>\n")
                .append("<p id=\"sign-in-error\" class=\"error\" role=\"alert\"></p>\n</form>\n</div>\n");
        return layout("signin", "Sign in", null, b.toString(), false);
    }

    String playground(ToolType tool) {
        ToolForms.Form form = forms.form(tool);
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>Playground</h1>\n<div class=\"split\">\n<nav class=\"tools\" aria-label=\"Tools\"><ul>\n");
        for (ToolType t : ToolType.values()) {
            b.append("<li><a href=\"/console/playground?tool=")
                    .append(t.path())
                    .append('"')
                    .append(t == tool ? " aria-current=\"page\"" : "")
                    .append('>')
                    .append(escape(toolTitle(t)))
                    .append("</a></li>\n");
        }
        b.append("</ul></nav>\n<section class=\"tool\" aria-labelledby=\"tool-title\">\n<h2 id=\"tool-title\">")
                .append(escape(toolTitle(tool)))
                .append("</h2>\n<p class=\"help\"><code>POST /v1/tools/")
                .append(escape(tool.path()))
                .append("</code> · <code>")
                .append(tool.name())
                .append("</code>");
        if (form.description() != null) {
            b.append(" · ").append(escape(form.description()));
        }
        b.append("</p>\n");
        if (form.takesFiles()) {
            uploadZone(b, "Upload an input file");
        }
        b.append("<form id=\"tool-form\" class=\"stack\" data-tool=\"")
                .append(escape(tool.path()))
                .append("\" novalidate>\n");
        for (ToolForms.Field f : form.fields()) {
            FormFieldHtml.field(b, f, "");
        }
        b.append("<div class=\"actions\"><button type=\"submit\" id=\"run-button\">Run</button></div>\n")
                .append("<p id=\"form-error\" class=\"error\" role=\"alert\"></p>\n</form>\n");
        b.append("<section id=\"run\" class=\"run\" hidden aria-labelledby=\"run-title\">\n")
                .append("<h2 id=\"run-title\">Execution</h2>\n")
                .append("<p><a id=\"run-link\" href=\"#\"></a> <span id=\"run-status\" class=\"badge\"></span></p>\n");
        progress(b, true);
        b.append("<div id=\"run-error\" class=\"error\" role=\"alert\"></div>\n")
                .append("<div id=\"run-results\" class=\"results\"></div>\n</section>\n</section>\n</div>\n");
        return layout("playground", "Playground", Section.PLAYGROUND, b.toString(), true);
    }

    String executions() {
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>Executions</h1>\n<form id=\"executions-filter\" class=\"filters\">\n")
                .append("<div class=\"field\"><label for=\"filter-status\">Status</label>")
                .append("<select id=\"filter-status\" name=\"status\"><option value=\"\">Any</option>");
        for (ExecutionStatus s : ExecutionStatus.values()) {
            option(b, s.wire(), s.wire());
        }
        b.append("</select></div>\n<div class=\"field\"><label for=\"filter-tool\">Tool</label>")
                .append("<select id=\"filter-tool\" name=\"toolType\"><option value=\"\">Any</option>");
        for (ToolType t : ToolType.values()) {
            option(b, t.name(), toolTitle(t));
        }
        b.append("</select></div>\n<div class=\"actions\"><button type=\"submit\">Apply</button></div>\n</form>\n");
        table(
                b,
                "executions-table",
                "The team's executions, newest first",
                List.of("Execution", "Tool", "Status", "Progress", "Created", "Duration"));
        b.append("<p id=\"executions-empty\" hidden>No executions match.</p>\n")
                .append("<button id=\"executions-more\" type=\"button\" hidden>Load more</button>\n");
        return layout("executions", "Executions", Section.EXECUTIONS, b.toString(), false);
    }

    String execution(String id) {
        StringBuilder b = new StringBuilder(2048);
        b.append("<h1>Execution <code>")
                .append(escape(id))
                .append("</code></h1>\n<div id=\"execution\" data-id=\"")
                .append(escape(id))
                .append("\">\n<dl id=\"execution-meta\" class=\"meta\"></dl>\n");
        progress(b, true);
        b.append("<div id=\"run-error\" class=\"error\" role=\"alert\"></div>\n")
                .append("<section aria-labelledby=\"results-title\"><h2 id=\"results-title\">Results</h2>")
                .append("<div id=\"run-results\" class=\"results\"><p class=\"help\">None yet.</p></div></section>\n")
                .append("<section aria-labelledby=\"inputs-title\"><h2 id=\"inputs-title\">Inputs</h2>")
                .append("<pre id=\"execution-inputs\" tabindex=\"0\"></pre></section>\n</div>\n");
        return layout("execution", "Execution " + id, Section.EXECUTIONS, b.toString(), true);
    }

    String files() {
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>Files</h1>\n");
        uploadZone(b, "Upload a file");
        b.append("<form id=\"search-form\" class=\"filters\" role=\"search\">\n")
                .append("<div class=\"field grow\"><label for=\"search-query\">Search files</label>")
                .append("<input id=\"search-query\" name=\"query\" type=\"search\" maxlength=\"1000\"")
                .append(" aria-describedby=\"search-help\"></div>\n")
                .append("<div class=\"actions\"><button type=\"submit\">Search</button>")
                .append("<button type=\"button\" id=\"search-clear\" class=\"secondary\" hidden>Clear</button></div>\n")
                .append("<p id=\"search-help\" class=\"help\">Searches descriptions and transcripts by meaning")
                .append(" (analysed files only).</p>\n</form>\n")
                .append("<fieldset class=\"type-filter\"><legend>Type</legend>\n");
        String[][] types = {{"", "All"}, {"IMAGE", "Images"}, {"VIDEO", "Videos"}, {"AUDIO", "Audio"}};
        for (String[] t : types) {
            String id = "type-" + (t[0].isEmpty() ? "all" : t[0].toLowerCase(Locale.ROOT));
            b.append("<span><input type=\"radio\" name=\"type\" id=\"")
                    .append(id)
                    .append("\" value=\"")
                    .append(t[0])
                    .append('"')
                    .append(t[0].isEmpty() ? " checked" : "")
                    .append("><label for=\"")
                    .append(id)
                    .append("\">")
                    .append(t[1])
                    .append("</label></span>\n");
        }
        b.append("</fieldset>\n<p id=\"gallery-status\" role=\"status\" class=\"help\"></p>\n")
                .append("<ul id=\"gallery\" class=\"gallery\"></ul>\n")
                .append("<button id=\"gallery-more\" type=\"button\" hidden>Load more</button>\n");
        return layout("files", "Files", Section.FILES, b.toString(), false);
    }

    String file(String id) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1 id=\"file-title\">File <code>")
                .append(escape(id))
                .append("</code></h1>\n<div id=\"file\" class=\"file-layout\" data-id=\"")
                .append(escape(id))
                .append("\">\n<div id=\"file-view\"></div>\n<div>\n")
                .append("<dl id=\"file-meta\" class=\"meta\"></dl>\n")
                .append("<div class=\"actions\"><button id=\"file-archive\" type=\"button\" class=\"danger\">")
                .append("Archive</button></div>\n</div>\n</div>\n")
                .append("<section aria-labelledby=\"d-title\"><h2 id=\"d-title\">Description</h2>")
                .append("<p id=\"file-description\" class=\"prose\"></p></section>\n")
                .append("<section aria-labelledby=\"t-title\"><h2 id=\"t-title\">Transcript</h2>")
                .append("<p id=\"file-transcript\" class=\"prose\"></p></section>\n")
                .append("<section aria-labelledby=\"r-title\"><h2 id=\"r-title\">Renditions</h2>\n");
        table(b, "renditions", "The file's renditions", List.of("Rendition", "Status", "Size", "Bytes", "Link"));
        b.append("</section>\n");
        return layout("file", "File " + id, Section.FILES, b.toString(), true);
    }

    String webhooks() {
        StringBuilder b = new StringBuilder(6144);
        b.append("<h1>Webhooks</h1>\n<section aria-labelledby=\"ep-title\"><h2 id=\"ep-title\">Endpoints</h2>\n");
        table(
                b,
                "endpoints-table",
                "The team's webhook endpoints",
                List.of("URL", "Events", "Status", "Secret", "Created", "Actions"));
        b.append("<p id=\"endpoints-empty\" hidden>No endpoints yet.</p>\n</section>\n");
        secretOnce(b);
        b.append("<section aria-labelledby=\"new-title\"><h2 id=\"new-title\">Add an endpoint</h2>\n")
                .append("<form id=\"endpoint-form\" class=\"stack\" novalidate>\n")
                .append("<div class=\"field\"><label for=\"endpoint-url\">URL <span class=\"req\">(required)</span>")
                .append("</label><input id=\"endpoint-url\" name=\"url\" type=\"url\" maxlength=\"2048\" required")
                .append(" aria-describedby=\"endpoint-url-help\"><p id=\"endpoint-url-help\" class=\"help\">")
                .append("An absolute https URL (http and private addresses only where the operator allows them).")
                .append("</p></div>\n<div class=\"field\"><label for=\"endpoint-description\">Description</label>")
                .append("<input id=\"endpoint-description\" name=\"description\" type=\"text\" maxlength=\"1000\">")
                .append("</div>\n<fieldset class=\"events\"><legend>Events <span class=\"req\">(at least one)</span>")
                .append("</legend>\n");
        for (WebhookEventName e : WebhookEventName.values()) {
            String id = "event-" + e.wire().replace('.', '-').replace('_', '-');
            b.append("<span><input type=\"checkbox\" name=\"events\" id=\"")
                    .append(id)
                    .append("\" value=\"")
                    .append(e.wire())
                    .append("\"><label for=\"")
                    .append(id)
                    .append("\"><code>")
                    .append(e.wire())
                    .append("</code></label></span>\n");
        }
        b.append("</fieldset>\n<div class=\"actions\"><button type=\"submit\">Create endpoint</button></div>\n")
                .append("<p id=\"endpoint-error\" class=\"error\" role=\"alert\"></p>\n</form>\n</section>\n");
        return layout("webhooks", "Webhooks", Section.WEBHOOKS, b.toString(), false);
    }

    String webhook(String id) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<h1>Endpoint <code>")
                .append(escape(id))
                .append("</code></h1>\n<div id=\"endpoint\" data-id=\"")
                .append(escape(id))
                .append("\">\n<dl id=\"endpoint-meta\" class=\"meta\"></dl>\n")
                .append("<div class=\"actions\"><button id=\"rotate-secret\" type=\"button\">Rotate secret</button>")
                .append("<button id=\"endpoint-delete\" type=\"button\" class=\"danger\">Delete endpoint</button>")
                .append("</div>\n</div>\n");
        secretOnce(b);
        b.append("<section aria-labelledby=\"dl-title\"><h2 id=\"dl-title\">Deliveries</h2>\n")
                .append("<form id=\"deliveries-filter\" class=\"filters\"><div class=\"field\">")
                .append("<label for=\"delivery-status\">Status</label><select id=\"delivery-status\" name=\"status\">")
                .append("<option value=\"\">Any</option>");
        for (DeliveryStatus s : DeliveryStatus.values()) {
            String v = s.name().toLowerCase(Locale.ROOT);
            option(b, v, v);
        }
        b.append("</select></div><div class=\"actions\"><button type=\"submit\">Apply</button></div></form>\n");
        table(
                b,
                "deliveries-table",
                "Deliveries to this endpoint, newest first",
                List.of("Event", "Status", "Attempts", "Created", "Next attempt", "Actions"));
        b.append("<p id=\"deliveries-empty\" hidden>No deliveries yet.</p>\n")
                .append("<button id=\"deliveries-more\" type=\"button\" hidden>Load more</button>\n</section>\n");
        return layout("webhook", "Endpoint " + id, Section.WEBHOOKS, b.toString(), false);
    }

    String engines() {
        StringBuilder b = new StringBuilder(2048);
        b.append("<h1>Engines</h1>\n<p>Which engine serves each tool and analysis step, under which licence,")
                .append(" and why one is unavailable. The operator chooses engines with settings such as")
                .append(" <code>engines-disabled</code> (docs/configuration.md).</p>\n");
        table(
                b,
                "engines-table",
                "Engines by capability",
                List.of("Capability", "Engine", "Version", "Licence", "Status", "Details"));
        return layout("engines", "Engines", Section.ENGINES, b.toString(), false);
    }

    // ------------------------------------------------------------------------------------------

    private String layout(String page, String title, Section current, String body, boolean media) {
        StringBuilder h = new StringBuilder(body.length() + 2048);
        h.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
                .append(escape(title))
                .append(" · Framewright console</title>\n<link rel=\"icon\" href=\"")
                .append(asset("icon.svg"))
                .append("\">\n<link rel=\"stylesheet\" href=\"")
                .append(asset("console.css"))
                .append("\">\n");
        if (media) {
            h.append("<script src=\"").append(asset("hls.min.js")).append("\" defer></script>\n");
        }
        h.append("<script src=\"")
                .append(asset("console.js"))
                .append("\" defer></script>\n</head>\n<body data-page=\"")
                .append(page)
                .append("\" data-base-url=\"")
                .append(escape(baseUrl.get()))
                .append("\">\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n<header class=\"top\">\n")
                .append("<a class=\"brand\" href=\"/console/playground\">Framewright <span>console</span></a>\n");
        if (current != null) {
            h.append("<nav class=\"main-nav\" aria-label=\"Console\"><ul>\n");
            for (Section s : Section.values()) {
                h.append("<li><a href=\"/console/")
                        .append(s.path)
                        .append('"')
                        .append(s == current ? " aria-current=\"page\"" : "")
                        .append('>')
                        .append(s.title)
                        .append("</a></li>\n");
            }
            h.append("</ul></nav>\n<div class=\"who\"><span id=\"who\"></span>")
                    .append("<button id=\"sign-out\" type=\"button\" class=\"secondary\">Sign out</button></div>\n");
        }
        h.append("</header>\n<main id=\"main\" tabindex=\"-1\">\n")
                .append("<p id=\"notice\" class=\"notice\" role=\"status\" aria-live=\"polite\"></p>\n")
                .append(body)
                .append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private String asset(String name) {
        return "/console/assets/" + name + "?v=" + assets.get(name).version();
    }

    private static void uploadZone(StringBuilder b, String title) {
        b.append("<div id=\"upload-zone\" class=\"dropzone\">\n<label for=\"upload-input\">")
                .append(escape(title))
                .append("</label>\n<input id=\"upload-input\" type=\"file\"")
                .append(" accept=\"image/*,video/*,audio/*\" aria-describedby=\"upload-help\">\n")
                .append("<p id=\"upload-help\" class=\"help\">Choose a file or drop it here. It is uploaded")
                .append(" through a presigned URL and becomes selectable once it is ready.</p>\n")
                .append("<p id=\"upload-status\" role=\"status\" aria-live=\"polite\"></p>\n</div>\n");
    }

    private static void progress(StringBuilder b, boolean cancel) {
        b.append("<div class=\"progress-row\"><label for=\"run-progress\">Progress</label>")
                .append("<progress id=\"run-progress\" max=\"100\" value=\"0\"></progress>")
                .append("<span id=\"run-percent\" aria-hidden=\"true\">0%</span>");
        if (cancel) {
            b.append("<button id=\"run-cancel\" type=\"button\" class=\"danger\" hidden>Cancel</button>");
        }
        b.append("</div>\n");
    }

    private static void secretOnce(StringBuilder b) {
        b.append("<section id=\"secret-once\" class=\"callout\" hidden aria-labelledby=\"secret-title\">")
                .append("<h2 id=\"secret-title\">Signing secret</h2>\n<p>Shown only now: store it where your")
                .append(" receiver verifies signatures. Lists show only its last four characters.</p>\n")
                .append("<p><code id=\"secret-value\" class=\"secret\"></code></p>\n")
                .append("<button id=\"secret-copy\" type=\"button\">Copy secret</button>\n</section>\n");
    }

    private static void table(StringBuilder b, String id, String caption, List<String> heads) {
        b.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(caption))
                .append("\"><table id=\"")
                .append(id)
                .append("\"><caption class=\"sr-only\">")
                .append(escape(caption))
                .append("</caption>\n<thead><tr>");
        for (String h : heads) {
            b.append("<th scope=\"col\">").append(escape(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody></tbody></table></div>\n");
    }

    static void option(StringBuilder b, String value, String label) {
        b.append("<option value=\"")
                .append(escape(value))
                .append("\">")
                .append(escape(label))
                .append("</option>");
    }

    /** "Text to speech" for TEXT_TO_SPEECH. */
    static String toolTitle(ToolType t) {
        String s = t.path().replace('-', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
