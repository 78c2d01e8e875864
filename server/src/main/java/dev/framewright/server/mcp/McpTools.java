package dev.framewright.server.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.ExecutionList;
import dev.framewright.contract.FileList;
import dev.framewright.contract.SearchFilesResponse;
import dev.framewright.contract.SearchResult;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.ToolType;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.analysis.FileSearch;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.executions.ExecutionFilter;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionService;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileService;
import dev.framewright.core.ratelimits.RateGroup;
import dev.framewright.server.api.ResourceRoutes;
import dev.framewright.server.api.Views;
import dev.framewright.server.http.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The MCP tools: one per tool starter (input schema from the contract, plus {@code waitSeconds}),
 * executions, files, previews and catalogues. Each calls the same services as its REST route, renders
 * with the same {@link Views} (fresh signed URLs), and counts in that route's rate-limit group.
 */
final class McpTools {
    static final int MAX_WAIT_SECONDS = 120;

    /** What a tool answers: the structured result, and a line for the agent when there is more to do. */
    record Answer(Object result, String note) {}

    interface Handler {
        Answer call(Principal caller, ObjectNode args, Progress progress) throws Exception;
    }

    record Tool(String name, String description, ObjectNode inputSchema, RateGroup group, Handler handler) {}

    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final ExecutionService executions;
    private final FileService files;
    private final FileSearch search;
    private final Views views;
    private final ResourceRoutes resources;
    private final McpUploads uploads;
    private final Waits waits;
    private final Supplier<String> baseUrl;

    McpTools(
            ExecutionService executions,
            FileService files,
            FileSearch search,
            Views views,
            ResourceRoutes resources,
            McpUploads uploads,
            Waits waits,
            Supplier<String> baseUrl) {
        this.executions = executions;
        this.files = files;
        this.search = search;
        this.views = views;
        this.resources = resources;
        this.uploads = uploads;
        this.waits = waits;
        this.baseUrl = baseUrl;
        ToolSchemas schemas = new ToolSchemas();
        for (ToolType type : ToolType.values()) {
            add(starter(type, schemas));
        }
        addExecutionTools();
        addFileTools();
        addCatalogueTools();
    }

    List<Tool> all() {
        return new ArrayList<>(tools.values());
    }

    Optional<Tool> find(String name) {
        return Optional.ofNullable(name == null ? null : tools.get(name));
    }

    private void add(Tool t) {
        tools.put(t.name(), t);
    }

    private Tool starter(ToolType type, ToolSchemas schemas) {
        ObjectNode schema = schemas.request(type);
        ((ObjectNode) schema.get("properties"))
                .set(
                        "waitSeconds",
                        integer(
                                "Seconds to wait for the result (0–" + MAX_WAIT_SECONDS
                                        + ", default 0: return at once); progress notifications are sent while waiting",
                                0,
                                MAX_WAIT_SECONDS));
        String description = StarterDescriptions.of(type)
                + " Starts an asynchronous execution and returns it (toolExecutionId, status); with waitSeconds,"
                + " waits for the result, whose results[].file.downloadSource.url is a signed download URL.";
        return new Tool(type.path(), description, schema, RateGroup.TOOLS_START, (caller, args, progress) -> {
            int wait = Args.integer(args, "waitSeconds", 0, MAX_WAIT_SECONDS, 0);
            ObjectNode body = args.deepCopy();
            body.remove("waitSeconds");
            ExecutionRecord e = executions.start(caller, type, body);
            if (wait > 0) {
                e = waits.execution(caller, e.id(), Duration.ofSeconds(wait), progress);
            }
            return execution(e);
        });
    }

    private void addExecutionTools() {
        add(new Tool(
                "get-execution",
                "Reads an execution: status (pending, running, succeeded, failed, cancelled), progressPercentage,"
                        + " error, and on success results[] with each file's freshly signed URLs.",
                object(Map.of("toolExecutionId", id("The execution id (vg_exec_…)")), "toolExecutionId"),
                RateGroup.EXECUTIONS_READ,
                (caller, args, progress) ->
                        execution(executions.get(caller, Args.text(args, "toolExecutionId", true)))));
        add(new Tool(
                "wait-for-execution",
                "Waits until an execution ends or timeoutSeconds pass, sending progress notifications, and returns"
                        + " it as get-execution does. Call it again if it is still running.",
                object(
                        Map.of(
                                "toolExecutionId", id("The execution id (vg_exec_…)"),
                                "timeoutSeconds",
                                        integer(
                                                "Longest wait in seconds (1–" + MAX_WAIT_SECONDS + ", default 60)",
                                                1,
                                                MAX_WAIT_SECONDS)),
                        "toolExecutionId"),
                RateGroup.EXECUTIONS_READ,
                (caller, args, progress) -> {
                    String id = Args.text(args, "toolExecutionId", true);
                    int timeout = Args.integer(args, "timeoutSeconds", 1, MAX_WAIT_SECONDS, 60);
                    return execution(waits.execution(caller, id, Duration.ofSeconds(timeout), progress));
                }));
        add(new Tool(
                "cancel-execution",
                "Cancels an execution: a pending one at once, a running one once its engine has stopped. No partial"
                        + " results are kept. Returns the execution.",
                object(Map.of("toolExecutionId", id("The execution id (vg_exec_…)")), "toolExecutionId"),
                RateGroup.EXECUTIONS_CANCEL,
                (caller, args, progress) -> {
                    ExecutionRecord e = executions.cancel(caller, Args.text(args, "toolExecutionId", true));
                    return execution(executions.get(caller, e.id()));
                }));
        add(new Tool(
                "list-executions",
                "Lists the team's executions, newest first (without result files; use get-execution for those).",
                object(Map.of(
                        "status", text("Filter: pending, running, succeeded, failed or cancelled (comma list)"),
                        "toolType", text("Filter: a ToolType such as UPSCALE_IMAGE (comma list)"),
                        "limit", integer("Page size (1–200)", 1, 200),
                        "cursor", text("nextCursor of the previous page"))),
                RateGroup.EXECUTIONS_READ,
                (caller, args, progress) -> {
                    ExecutionFilter filter =
                            ExecutionFilter.parse(Args.query(args, "status"), Args.query(args, "toolType"));
                    Paging paging = Paging.of(
                            Args.query(args, "limit"), Args.query(args, "cursor"), "executions", filter.canonical());
                    Page<ExecutionRecord> page = executions.list(caller, filter, paging);
                    return new Answer(
                            new ExecutionList(
                                    page.items().stream()
                                            .map(e -> views.execution(e, false))
                                            .toList(),
                                    page.hasMore(),
                                    page.nextCursor()),
                            null);
                }));
    }

    private void addFileTools() {
        add(new Tool(
                "upload-file",
                "Uploads a file from a public http(s) URL (fetched by the server) or from base64 bytes, and waits"
                        + " until it is usable as a tool input. Returns the file (fileId, type, sources with signed URLs).",
                object(Map.of(
                        "url", text("Where to fetch the file (public addresses only; redirects are not followed)"),
                        "base64", text("The file's bytes in base64 (a data: URL is accepted)"),
                        "displayName", text("The file's name (1–255 characters); default: the URL's last segment"),
                        "type", enumOf("IMAGE, VIDEO or AUDIO; detected when omitted", "IMAGE", "VIDEO", "AUDIO"),
                        "isTemporary", bool("true: archived automatically after 24 h, never analysed"),
                        "waitSeconds",
                                integer(
                                        "Seconds to wait until the file is usable (0–120, default 30)",
                                        0,
                                        MAX_WAIT_SECONDS))),
                RateGroup.FILES_UPLOAD,
                (caller, args, progress) -> file(uploads.upload(caller, args))));
        Map<String, ObjectNode> fileId = Map.of("fileId", id("The file id (vg_file_…)"));
        add(new Tool(
                "get-file",
                "Reads a file with freshly signed URLs on every ready source (downloadSource, previewSource,"
                        + " thumbnailSource, hlsSource), its description and transcript.",
                object(fileId, "fileId"),
                RateGroup.FILES_READ,
                (caller, args, progress) -> file(files.get(caller, Args.text(args, "fileId", true)))));
        add(new Tool(
                "hydrate-file",
                "Renews a file's signed URLs (as POST /v1/files/{fileId}/hydrate); use it when a URL has expired.",
                object(fileId, "fileId"),
                RateGroup.FILES_HYDRATE,
                (caller, args, progress) -> file(files.get(caller, Args.text(args, "fileId", true)))));
        add(new Tool(
                "list-files",
                "Lists the team's files (uploads and tool outputs, not archived), most recently updated first.",
                object(Map.of(
                        "limit", integer("Page size (1–200)", 1, 200),
                        "cursor", text("nextCursor of the previous page"))),
                RateGroup.FILES_READ,
                (caller, args, progress) -> {
                    Paging paging = Paging.of(Args.query(args, "limit"), Args.query(args, "cursor"), "files", "");
                    Page<FileRecord> page = files.list(caller, paging);
                    return new Answer(
                            new FileList(
                                    page.items().stream().map(views::file).toList(), page.hasMore(), page.nextCursor()),
                            null);
                }));
        add(new Tool(
                "search-files",
                "Finds the team's analysed files by meaning (their description, transcript and name); results carry"
                        + " a similarity from 0 to 1, best first (0.7 or more is a strong match).",
                object(
                        Map.of(
                                "query", text("What to look for (1–1000 characters)"),
                                "numResults", integer("Most results to return (1–100, default 10)", 1, 100),
                                "selfOnly", bool("true: only files created with this API key")),
                        "query"),
                RateGroup.FILES_SEARCH,
                (caller, args, progress) -> new Answer(
                        new SearchFilesResponse(search.search(caller, args).stream()
                                .map(h -> new SearchResult(h.similarity(), views.file(h.file())))
                                .toList()),
                        null)));
        add(new Tool(
                "archive-file",
                "Archives a file: it leaves lists and search and can no longer be a tool input; its URLs keep working."
                        + " Cannot be undone.",
                object(fileId, "fileId"),
                RateGroup.FILES_MANAGE,
                (caller, args, progress) -> file(files.archive(caller, Args.text(args, "fileId", true)))));
        add(new Tool(
                "enable-public-preview",
                "Publishes a ready file under public URLs that need no key and do not expire: an embeddable player"
                        + " page (embedUrl), the preview, and for video and audio an HLS playlist.",
                object(fileId, "fileId"),
                RateGroup.FILES_MANAGE,
                (caller, args, progress) -> {
                    StorageFile f = views.file(files.enablePublicPreview(caller, Args.text(args, "fileId", true)));
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("embedUrl", baseUrl.get() + "/embed/" + f.publicPlaybackId());
                    out.put("file", f);
                    return new Answer(out, null);
                }));
        add(new Tool(
                "disable-public-preview",
                "Revokes a file's public URLs at once (they answer 404); signed URLs keep working.",
                object(fileId, "fileId"),
                RateGroup.FILES_MANAGE,
                (caller, args, progress) -> file(files.disablePublicPreview(caller, Args.text(args, "fileId", true)))));
    }

    private void addCatalogueTools() {
        add(new Tool(
                "list-tts-voices",
                "Lists the text-to-speech voices (voiceId, name, language, gender); pass a voiceId to text-to-speech.",
                object(Map.of(
                        "includeDeprecatedVoices", bool("true: also deprecated voices"),
                        "limit", integer("Page size (1–200)", 1, 200),
                        "cursor", text("nextCursor of the previous page"))),
                RateGroup.RESOURCES,
                (caller, args, progress) -> new Answer(
                        resources.voices(
                                Args.query(args, "includeDeprecatedVoices"),
                                Args.query(args, "limit"),
                                Args.query(args, "cursor")),
                        null)));
        add(new Tool(
                "list-avatar-presenters",
                "Lists the presenters for generate-avatar (avatarPresenterId, gender, image URLs).",
                object(Map.of()),
                RateGroup.RESOURCES,
                (caller, args, progress) -> new Answer(resources.presenters(), null)));
        add(new Tool(
                "list-engines",
                "Shows which engine serves each tool and analysis capability, whether it is available, and its licence.",
                object(Map.of()),
                RateGroup.RESOURCES,
                (caller, args, progress) -> new Answer(resources.engines(), null)));
    }

    private Answer execution(ExecutionRecord e) {
        ExecutedTool view = views.execution(e, true);
        String note = e.status().isTerminal()
                ? null
                : "Execution " + e.id() + " is " + e.status().wire() + " (" + e.progress()
                        + "%); call wait-for-execution with this toolExecutionId to get the result.";
        return new Answer(view, note);
    }

    private Answer file(FileRecord f) {
        return new Answer(views.file(f), null);
    }

    // ---- small JSON Schema builders

    private static ObjectNode object(Map<String, ObjectNode> properties, String... required) {
        ObjectNode s = Json.MAPPER.createObjectNode().put("type", "object");
        ObjectNode props = s.putObject("properties");
        new java.util.TreeMap<>(properties).forEach(props::set);
        if (required.length > 0) {
            ArrayNode r = s.putArray("required");
            for (String name : required) {
                r.add(name);
            }
        }
        return s;
    }

    private static ObjectNode text(String description) {
        return Json.MAPPER.createObjectNode().put("type", "string").put("description", description);
    }

    private static ObjectNode id(String description) {
        return text(description).put("minLength", 1);
    }

    private static ObjectNode bool(String description) {
        return Json.MAPPER.createObjectNode().put("type", "boolean").put("description", description);
    }

    private static ObjectNode integer(String description, int min, int max) {
        return Json.MAPPER
                .createObjectNode()
                .put("type", "integer")
                .put("minimum", min)
                .put("maximum", max)
                .put("description", description);
    }

    private static ObjectNode enumOf(String description, String... values) {
        ObjectNode s = text(description);
        ArrayNode e = s.putArray("enum");
        for (String v : values) {
            e.add(v);
        }
        return s;
    }
}
