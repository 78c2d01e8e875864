package dev.framewright.server.mcp;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionService;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileService;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.core.files.UploadState;
import java.io.IOException;
import java.time.Duration;

/**
 * Bounded waits for the MCP tools, reading the same services as the REST routes: an execution until
 * it is terminal (reporting its progress), a new upload until it is usable or failed.
 */
final class Waits {
    private static final long POLL_MILLIS = 200;

    private final ExecutionService executions;
    private final FileService files;

    Waits(ExecutionService executions, FileService files) {
        this.executions = executions;
        this.files = files;
    }

    /** The execution once terminal, or as it is when {@code timeout} passes. */
    ExecutionRecord execution(Principal caller, String id, Duration timeout, Progress progress)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        double last = -1;
        while (true) {
            ExecutionRecord e = executions.get(caller, id);
            double value = e.status() == ExecutionStatus.SUCCEEDED ? 100 : Math.min(e.progress(), 99);
            if (value > last) {
                progress.report(value, 100, message(e));
                last = value;
            }
            if (e.status().isTerminal() || System.nanoTime() >= end) {
                return e;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The file once its download is ready or its upload failed, or as it is after {@code timeout}. */
    FileRecord upload(Principal caller, String fileId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            FileRecord f = files.get(caller, fileId);
            FileSourceStatus download = f.rendition(RenditionKind.DOWNLOAD).status();
            boolean settled = download == FileSourceStatus.READY
                    || download == FileSourceStatus.FAILED
                    || f.uploadState() == UploadState.FAILED;
            if (settled || System.nanoTime() >= end) {
                return f;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static String message(ExecutionRecord e) {
        return switch (e.status()) {
            case RUNNING -> "running, " + e.progress() + "%";
            case SUCCEEDED -> "succeeded";
            default -> e.status().wire();
        };
    }
}
