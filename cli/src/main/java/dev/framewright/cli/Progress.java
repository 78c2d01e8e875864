package dev.framewright.cli;

import dev.framewright.contract.ExecutedTool;
import java.io.PrintWriter;

/**
 * A progress bar on stderr fed with execution states ({@code progressPercentage} and status). On a
 * terminal it redraws one line; otherwise (a pipe, a log file, CI) it prints a line when the status
 * changes or progress passes another 25%, so logs stay short. {@code --quiet} silences it.
 * Called from one thread at a time.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final String label;
    private String lastStatus;
    private int lastPercent = -1;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, boolean quiet, String label) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.label = label;
    }

    /** Shows one state read. */
    synchronized void update(ExecutedTool e) {
        if (quiet) {
            return;
        }
        String status = e.status() == null ? "unknown" : e.status().wire();
        int percent = Math.max(0, Math.min(100, e.progressPercentage()));
        if (terminal) {
            int filled = percent * WIDTH / 100;
            err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + String.format("%3d%%", percent) + " " + pad(status));
            err.flush();
            drawn = true;
        } else if (!status.equals(lastStatus) || percent / 25 > Math.max(lastPercent, 0) / 25) {
            err.println(label + ": " + status + " " + percent + "%");
            err.flush();
        }
        lastStatus = status;
        lastPercent = percent;
    }

    /** Ends the bar's line. */
    synchronized void done() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private static String pad(String s) {
        return s.length() >= 10 ? s : s + " ".repeat(10 - s.length());
    }
}
