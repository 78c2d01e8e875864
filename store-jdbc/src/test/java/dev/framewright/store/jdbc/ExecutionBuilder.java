package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.T0;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.ExecutionRecord;
import java.time.Instant;
import java.util.List;

/**
 * Builds {@link ExecutionRecord}s: new pending ones to insert, and the expected record after a store
 * operation ({@code from(e).running(…)}, {@code .succeeded(…)}), compared whole.
 */
final class ExecutionBuilder {
    private final String id;
    private final String teamId;
    private String keyId = "vg_key_0000000000000000000001";
    private ToolType toolType = ToolType.GENERATE_IMAGE;
    private ExecutionStatus status = ExecutionStatus.PENDING;
    private String inputJson = "{\"prompt\":\"a red fox – ünïcødé\",\"numResults\":1}";
    private int numResults = 1;
    private boolean outputTemporary;
    private boolean watermark = true;
    private int progress;
    private int attempt;
    private String leaseOwner;
    private Instant leaseExpiresAt;
    private boolean cancelRequested;
    private String errorCode;
    private String errorMessage;
    private List<String> resultFileIds = List.of();
    private Instant createdAt = T0;
    private Instant startedAt;
    private Instant completedAt;

    ExecutionBuilder(String id, String teamId) {
        this.id = id;
        this.teamId = teamId;
    }

    static ExecutionBuilder from(ExecutionRecord e) {
        ExecutionBuilder b = new ExecutionBuilder(e.id(), e.teamId());
        b.keyId = e.keyId();
        b.toolType = e.toolType();
        b.status = e.status();
        b.inputJson = e.inputJson();
        b.numResults = e.numResults();
        b.outputTemporary = e.outputTemporary();
        b.watermark = e.watermark();
        b.progress = e.progress();
        b.attempt = e.attempt();
        b.leaseOwner = e.leaseOwner();
        b.leaseExpiresAt = e.leaseExpiresAt();
        b.cancelRequested = e.cancelRequested();
        b.errorCode = e.errorCode();
        b.errorMessage = e.errorMessage();
        b.resultFileIds = e.resultFileIds();
        b.createdAt = e.createdAt();
        b.startedAt = e.startedAt();
        b.completedAt = e.completedAt();
        return b;
    }

    ExecutionBuilder createdAt(Instant at) {
        createdAt = at;
        return this;
    }

    ExecutionBuilder textToSpeech() {
        toolType = ToolType.TEXT_TO_SPEECH;
        inputJson = "{\"text\":\"hello\"}";
        numResults = 3;
        outputTemporary = true;
        watermark = false;
        keyId = null;
        return this;
    }

    /** Claimed: the first claim also sets {@code startedAt}. */
    ExecutionBuilder running(String owner, int attemptNo, Instant leaseUntil, Instant started) {
        status = ExecutionStatus.RUNNING;
        leaseOwner = owner;
        attempt = attemptNo;
        leaseExpiresAt = leaseUntil;
        startedAt = started;
        return this;
    }

    ExecutionBuilder lease(Instant until) {
        leaseExpiresAt = until;
        return this;
    }

    ExecutionBuilder progress(int percent) {
        progress = percent;
        return this;
    }

    ExecutionBuilder cancelRequested() {
        cancelRequested = true;
        return this;
    }

    /** Back in the queue after a lost lease; the attempt count stays. */
    /** Lease lost: still running (API.md §10.1), without an owner until the next attempt is claimed. */
    ExecutionBuilder requeued() {
        status = ExecutionStatus.RUNNING;
        leaseOwner = null;
        leaseExpiresAt = null;
        return this;
    }

    ExecutionBuilder succeeded(List<String> fileIds, Instant at) {
        terminal(ExecutionStatus.SUCCEEDED, at);
        progress = 100;
        resultFileIds = fileIds;
        return this;
    }

    ExecutionBuilder failed(ErrorCode code, String message, Instant at) {
        terminal(ExecutionStatus.FAILED, at);
        errorCode = code.wire();
        errorMessage = message;
        return this;
    }

    ExecutionBuilder cancelled(Instant at) {
        terminal(ExecutionStatus.CANCELLED, at);
        return this;
    }

    private void terminal(ExecutionStatus to, Instant at) {
        status = to;
        completedAt = at;
        leaseOwner = null;
        leaseExpiresAt = null;
    }

    ExecutionRecord build() {
        return new ExecutionRecord(
                id,
                teamId,
                keyId,
                toolType,
                status,
                inputJson,
                numResults,
                outputTemporary,
                watermark,
                progress,
                attempt,
                leaseOwner,
                leaseExpiresAt,
                cancelRequested,
                errorCode,
                errorMessage,
                resultFileIds,
                createdAt,
                startedAt,
                completedAt);
    }
}
