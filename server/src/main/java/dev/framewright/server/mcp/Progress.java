package dev.framewright.server.mcp;

import java.io.IOException;

/**
 * Where a tool call reports progress: an MCP {@code notifications/progress} to the caller when the
 * call carries a progress token, else nowhere. Values must increase from one report to the next.
 */
interface Progress {
    Progress NONE = (progress, total, message) -> {};

    /** @throws IOException the caller went away (the stream broke) */
    void report(double progress, double total, String message) throws IOException;
}
