package dev.framewright.core.executions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.WatermarkMode;
import dev.framewright.core.ApiException;
import dev.framewright.core.Ids;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.TeamStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.core.idempotency.IdempotencyCompletion;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** Starts, reads and cancels executions (API.md §2). Thread-safe. */
public final class ExecutionService {
    private final ExecutionStore executions;
    private final FileStore files;
    private final TeamStore teams;
    private final ToolRegistry tools;
    private final Catalog catalog;
    private final ExecutionListener listener;
    private final Clock clock;

    public ExecutionService(
            ExecutionStore executions,
            FileStore files,
            TeamStore teams,
            ToolRegistry tools,
            Catalog catalog,
            ExecutionListener listener,
            Clock clock) {
        this.executions = executions;
        this.files = files;
        this.teams = teams;
        this.tools = tools;
        this.catalog = catalog;
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Checks a starter's body in the contract's order (body → entitlement → engine) and creates the
     * pending execution.
     */
    public ExecutionRecord start(Principal caller, ToolType type, ObjectNode body) {
        return start(caller, type, body, null);
    }

    /**
     * As {@link #start(Principal, ToolType, ObjectNode)}, recording the Idempotency-Key response that
     * {@code completion} makes from the new execution's id in the same transaction (null: no key).
     */
    public ExecutionRecord start(
            Principal caller, ToolType type, ObjectNode body, Function<String, IdempotencyCompletion> completion) {
        ToolRequest request = ToolRequests.validate(type, body);
        for (FileRef ref : request.files()) {
            checkInputFile(caller.teamId(), ref);
        }
        checkCatalog(request);
        Team team = teams.find(caller.teamId()).orElseThrow(() -> new IllegalStateException("caller's team vanished"));
        boolean watermark = watermark(request.watermarkMode(), team);
        if (tools.serving(type).isEmpty()) {
            throw ApiException.engineUnavailable("No engine can currently run " + type.path()
                    + (tools.status(type).map(i -> ": " + i.reason()).orElse("")));
        }
        ExecutionRecord e = ExecutionRecord.pending(
                Ids.newId(IdPrefix.EXECUTION),
                caller.teamId(),
                caller.keyId(),
                type,
                request.accepted().toString(),
                request.numResults(),
                request.outputTemporary(),
                watermark,
                clock.instant());
        executions.insert(e, completion == null ? null : completion.apply(e.id()));
        listener.created(e);
        return e;
    }

    private void checkInputFile(String teamId, FileRef ref) {
        if (!IdPrefix.FILE.matches(ref.fileId())) {
            throw ApiException.invalid(ref.field() + ": not a valid file id");
        }
        FileRecord f = files.find(teamId, ref.fileId())
                .orElseThrow(() -> ApiException.invalid(ref.field() + ": file not found"));
        if (f.archived()) {
            throw ApiException.invalid(ref.field() + ": file is archived");
        }
        if (f.type() != null && f.type() != ref.requiredType()) {
            String article = ref.requiredType() == FileType.VIDEO ? "a " : "an ";
            throw ApiException.invalid(ref.field() + ": file is not " + article + ref.requiredType());
        }
        if (f.type() == null || !f.rendition(RenditionKind.DOWNLOAD).isReady()) {
            throw ApiException.invalid(ref.field() + ": file is not ready");
        }
    }

    private void checkCatalog(ToolRequest r) {
        if (r.voiceId() != null) {
            Catalog.Voice v = catalog.voice(r.voiceId())
                    .filter(Catalog.Voice::direct)
                    .orElseThrow(
                            () -> ApiException.invalid("voiceId: unknown voice or not usable with text-to-speech"));
            if (r.speechLanguageCode() != null
                    && !v.supportsAllLanguages()
                    && !v.language().equals(r.speechLanguageCode())) {
                throw ApiException.invalid("speechLanguageCode: the voice does not speak " + r.speechLanguageCode());
            }
        }
        if (r.voiceId() == null
                && r.speechLanguageCode() != null
                && !catalog.ttsVoices().isEmpty()
                && catalog.defaultVoice(r.speechLanguageCode()).isEmpty()) {
            // with no voice at all the tool is unavailable: the engine check answers 503 instead
            throw ApiException.invalid("speechLanguageCode: no installed voice speaks " + r.speechLanguageCode());
        }
        if (r.presenterId() != null && !catalog.hasPresenter(r.presenterId())) {
            throw ApiException.invalid("avatarPresenterId: unknown presenter");
        }
    }

    private static boolean watermark(WatermarkMode mode, Team team) {
        if (mode == null) {
            return false;
        }
        return switch (mode) {
            case NONE -> {
                if (!team.watermarkFree()) {
                    throw ApiException.addOnRequired(
                            "watermark_free", "watermarkMode NONE requires the watermark-free add-on");
                }
                yield false;
            }
            case VIDEO_GEN -> true;
            case AUTO -> !team.watermarkFree();
        };
    }

    /** @throws ApiException 400 {@code invalid_id} or 404 */
    public ExecutionRecord get(Principal caller, String executionId) {
        Ids.requirePathId(executionId, IdPrefix.EXECUTION, "toolExecutionId");
        return executions.find(caller.teamId(), executionId).orElseThrow(() -> ApiException.notFound("Tool execution"));
    }

    public Page<ExecutionRecord> list(Principal caller, ExecutionFilter filter, Paging paging) {
        return paging.page(
                executions.list(caller.teamId(), filter, paging.after(), paging.limit() + 1),
                e -> e.createdAt().toEpochMilli(),
                ExecutionRecord::id);
    }

    /** The stored events of the caller's execution after {@code afterSeq} (the SSE stream). */
    public List<ExecutionEvent> events(Principal caller, String executionId, long afterSeq) {
        get(caller, executionId);
        return executions.events(executionId, afterSeq);
    }

    /** API.md §2.3: pending → cancelled at once; running → stop requested; terminal → no change. */
    public ExecutionRecord cancel(Principal caller, String executionId) {
        Ids.requirePathId(executionId, IdPrefix.EXECUTION, "toolExecutionId");
        ExecutionRecord e = executions
                .requestCancel(caller.teamId(), executionId, clock.instant())
                .orElseThrow(() -> ApiException.notFound("Tool execution"));
        if (e.cancelRequested() && !e.status().isTerminal()) {
            listener.cancelRequested(e.id());
        }
        return e;
    }
}
