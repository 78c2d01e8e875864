package dev.framewright.core.executions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.files.FileRecord;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What a {@link Tool} gets for one run. Not shared between threads. The scratch folder is deleted by
 * the worker after the run, whatever the outcome.
 */
public interface ToolContext {
    /** The request body as accepted, with wire names and defaults filled in. */
    ObjectNode input();

    /**
     * The execution's id. Deterministic engines derive their seed from it and {@link #resultIndex()},
     * so that a re-run after a crash produces the same bytes and the results of one execution differ.
     */
    default String executionId() {
        return "";
    }

    /** 0-based index of the result being produced. */
    int resultIndex();

    int numResults();

    /** The input file's metadata (already checked: the team's, ready, of the right type). */
    FileRecord inputFile(String fileId);

    /** A local path to the input file's original bytes (read only). */
    Path inputPath(String fileId) throws IOException;

    /** A private folder for this run's temporary and output files. */
    Path scratchDir();

    /** Reports the progress of this result, 0.0–1.0; never moves overall progress backwards. */
    void progress(double fraction);

    /** True once a cancel was requested or the run timed out; the tool should stop promptly. */
    boolean cancelled();

    /** Whether a visible watermark must be applied to this output (API.md §10.7). */
    boolean watermark();
}
