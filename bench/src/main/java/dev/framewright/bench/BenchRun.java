package dev.framewright.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.files.FileRecord;
import java.nio.file.Path;

/** A {@link ToolContext} for running a tool directly, outside the worker: a body and a scratch folder. */
final class BenchRun implements ToolContext {
    final ObjectNode input = JsonNodeFactory.instance.objectNode();
    private final Path scratch;
    private final String executionId;
    private final int resultIndex;

    BenchRun(Path scratch, String executionId, int resultIndex) {
        this.scratch = scratch;
        this.executionId = executionId;
        this.resultIndex = resultIndex;
    }

    @Override
    public ObjectNode input() {
        return input;
    }

    @Override
    public String executionId() {
        return executionId;
    }

    @Override
    public int resultIndex() {
        return resultIndex;
    }

    @Override
    public int numResults() {
        return resultIndex + 1;
    }

    @Override
    public FileRecord inputFile(String fileId) {
        throw new UnsupportedOperationException("no input files");
    }

    @Override
    public Path inputPath(String fileId) {
        throw new UnsupportedOperationException("no input files");
    }

    @Override
    public Path scratchDir() {
        return scratch;
    }

    @Override
    public void progress(double fraction) {}

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public boolean watermark() {
        return false;
    }
}
