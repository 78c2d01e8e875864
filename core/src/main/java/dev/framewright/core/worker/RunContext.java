package dev.framewright.core.worker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.RenditionKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/** {@link ToolContext} of one result of one run. Input files are read in place when local, else copied. */
final class RunContext implements ToolContext {
    private final RunState state;
    private final ObjectNode input;
    private final int resultIndex;
    private final Path scratch;
    private final FileStore files;
    private final BlobStore blobs;
    private final Map<String, Path> materialized = new HashMap<>();

    RunContext(RunState state, ObjectNode input, int resultIndex, Path scratch, FileStore files, BlobStore blobs) {
        this.state = state;
        this.input = input;
        this.resultIndex = resultIndex;
        this.scratch = scratch;
        this.files = files;
        this.blobs = blobs;
    }

    @Override
    public ObjectNode input() {
        return input;
    }

    @Override
    public String executionId() {
        return state.execution.id();
    }

    @Override
    public int resultIndex() {
        return resultIndex;
    }

    @Override
    public int numResults() {
        return state.execution.numResults();
    }

    @Override
    public FileRecord inputFile(String fileId) {
        return files.find(state.execution.teamId(), fileId)
                .orElseThrow(() -> new IllegalStateException("input file vanished: " + fileId));
    }

    @Override
    public Path inputPath(String fileId) throws IOException {
        Path known = materialized.get(fileId);
        if (known != null) {
            return known;
        }
        String key = inputFile(fileId).rendition(RenditionKind.DOWNLOAD).blobKey();
        Path p = blobs.localPath(key).orElse(null);
        if (p == null) {
            p = scratch.resolve("input-" + fileId);
            try (InputStream in = blobs.open(key)) {
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        materialized.put(fileId, p);
        return p;
    }

    @Override
    public Path scratchDir() {
        return scratch;
    }

    @Override
    public void progress(double fraction) {
        state.progress(resultIndex, numResults(), fraction);
    }

    @Override
    public boolean cancelled() {
        return state.shouldStop();
    }

    @Override
    public boolean watermark() {
        return state.execution.watermark();
    }
}
