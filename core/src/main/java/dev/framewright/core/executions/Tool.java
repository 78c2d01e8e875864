package dev.framewright.core.executions;

import dev.framewright.contract.ToolType;

/**
 * An engine that runs one tool type (the Tool SPI). Implementations are thread-safe: one instance
 * serves every execution of its type, possibly several at once. Constructors do no I/O; {@link
 * #probe()} checks at start whether the engine can run (binaries, model files).
 */
public interface Tool {
    ToolType type();

    /** Name, version and licence of the engine, and whether it can run here. Cheap; may be cached. */
    EngineInfo probe();

    /**
     * Produces one result (result {@code ctx.resultIndex()} of {@code numResults}). Called on a
     * worker thread. Must stop promptly when {@link ToolContext#cancelled()} turns true or the thread
     * is interrupted (throw {@link InterruptedException} or {@link ToolFailure}).
     *
     * @throws ToolFailure the engine could not produce the output; its message is shown to users
     */
    ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException;
}
