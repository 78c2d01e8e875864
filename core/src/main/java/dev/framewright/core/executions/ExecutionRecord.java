package dev.framewright.core.executions;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.ToolType;
import java.time.Instant;
import java.util.List;

/**
 * A tool execution: the API resource and its queue entry in one row (ARCHITECTURE.md).
 *
 * @param inputJson the request body as accepted (wire names, defaults filled in)
 * @param watermark whether outputs get a visible watermark (decided at start, API.md §10.7)
 * @param attempt 0 before the first claim; incremented by every claim
 * @param leaseOwner the worker holding the run, while {@code running}
 * @param cancelRequested a cancel arrived while running; the worker stops and settles {@code cancelled}
 * @param resultFileIds the output files, in order, once succeeded
 */
public record ExecutionRecord(
        String id,
        String teamId,
        String keyId,
        ToolType toolType,
        ExecutionStatus status,
        String inputJson,
        int numResults,
        boolean outputTemporary,
        boolean watermark,
        int progress,
        int attempt,
        String leaseOwner,
        Instant leaseExpiresAt,
        boolean cancelRequested,
        String errorCode,
        String errorMessage,
        List<String> resultFileIds,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt) {

    public ExecutionRecord {
        resultFileIds = resultFileIds == null ? List.of() : List.copyOf(resultFileIds);
    }

    /** A new pending execution. */
    public static ExecutionRecord pending(
            String id,
            String teamId,
            String keyId,
            ToolType toolType,
            String inputJson,
            int numResults,
            boolean outputTemporary,
            boolean watermark,
            Instant now) {
        return new ExecutionRecord(
                id,
                teamId,
                keyId,
                toolType,
                ExecutionStatus.PENDING,
                inputJson,
                numResults,
                outputTemporary,
                watermark,
                0,
                0,
                null,
                null,
                false,
                null,
                null,
                List.of(),
                now,
                null,
                null);
    }
}
