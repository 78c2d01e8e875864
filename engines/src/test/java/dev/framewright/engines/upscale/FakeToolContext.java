package dev.framewright.engines.upscale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.files.FileRecord;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** A {@link ToolContext} over local files, recording progress. */
public final class FakeToolContext implements ToolContext {
    public final ObjectNode input = JsonNodeFactory.instance.objectNode();
    public final Map<String, Path> files = new HashMap<>();
    public final List<Double> progress = new ArrayList<>();
    final Path scratch;
    public BooleanSupplier cancelled = () -> false;
    public boolean watermark;

    public FakeToolContext(Path scratch) {
        this.scratch = scratch;
    }

    public FakeToolContext withImage(String fileId, Path file) {
        input.put("imageStorageFileId", fileId);
        files.put(fileId, file);
        return this;
    }

    @Override
    public ObjectNode input() {
        return input;
    }

    @Override
    public int resultIndex() {
        return 0;
    }

    @Override
    public int numResults() {
        return 1;
    }

    @Override
    public FileRecord inputFile(String fileId) {
        throw new UnsupportedOperationException("not needed by these tools");
    }

    @Override
    public Path inputPath(String fileId) throws IOException {
        Path file = files.get(fileId);
        if (file == null) {
            throw new NoSuchFileException(fileId);
        }
        return file;
    }

    @Override
    public Path scratchDir() {
        return scratch;
    }

    @Override
    public void progress(double fraction) {
        progress.add(fraction);
    }

    @Override
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    @Override
    public boolean watermark() {
        return watermark;
    }
}
