package dev.framewright.sdk;

import dev.framewright.contract.ExecutedTool;

/**
 * One Server-Sent Event of {@code GET /v1/tools/executions/{id}/events} [ext] (API.md §2.6).
 *
 * @param id the event id, increasing per execution (sent back as {@code Last-Event-ID} on reconnect)
 * @param type {@code status} or {@code progress}
 * @param execution the execution at that moment; terminal events carry hydrated result files
 */
public record ExecutionEvent(String id, String type, ExecutedTool execution) {
    /** Whether this event carries a terminal status; it is the stream's last. */
    public boolean isTerminal() {
        return execution.status() != null && execution.status().isTerminal();
    }
}
