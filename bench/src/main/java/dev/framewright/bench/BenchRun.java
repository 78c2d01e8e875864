package dev.framewright.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.files.FileRecord;
import java.nio.file.Path;

/**
 * A {@link ToolContext} for running a tool directly, outside the worker: a body, a scratch folder and
 * at most one input file.
 */
final class BenchRun implements ToolContext {
    final ObjectNode input = JsonNodeFactory.instance.objectNode();
    private final Path scratch;
    private final String executionId;
    private final int resultIndex;
    private FileRecord inputRecord;
    private Path inputFile;

    BenchRun(Path scratch, String executionId, int resultIndex) {
        this.scratch = scratch;
        this.executionId = executionId;
        this.resultIndex = resultIndex;
    }

    /** Makes {@code file} the input file {@code record.id()}. */
    BenchRun withInput(FileRecord record, Path file) {
        this.inputRecord = record;
        this.inputFile = file;
        return this;
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
        if (inputRecord == null || !inputRecord.id().equals(fileId)) {
            throw new UnsupportedOperationException("no input file " + fileId);
        }
        return inputRecord;
    }

    @Override
    public Path inputPath(String fileId) {
        inputFile(fileId);
        return inputFile;
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
