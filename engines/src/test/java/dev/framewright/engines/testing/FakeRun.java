package dev.framewright.engines.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.UploadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** A {@link ToolContext} for engine tests: input files on local disk, recorded progress, a settable cancel. */
public final class FakeRun implements ToolContext {
    public final ObjectNode input = JsonNodeFactory.instance.objectNode();
    public final List<Double> progress = new CopyOnWriteArrayList<>();
    private final Map<String, Path> paths = new HashMap<>();
    private final Map<String, FileRecord> records = new HashMap<>();
    private final Path scratch;
    public volatile BooleanSupplier cancelled = () -> false;
    public boolean watermark;
    public int resultIndex;
    public int numResults = 1;

    public FakeRun(Path scratch) {
        this.scratch = scratch;
    }

    /** Registers a local file as input {@code fileId}, with its SHA-256 and size as a stored file would have. */
    public FakeRun file(String fileId, FileType type, Path file, Integer width, Integer height, Double duration) {
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            records.put(
                    fileId,
                    new FileRecord(
                            fileId,
                            "vg_team_test",
                            null,
                            FileScope.GLOBAL,
                            type,
                            file.getFileName().toString(),
                            null,
                            HexFormat.of().formatHex(sha),
                            Files.size(file),
                            width,
                            height,
                            duration,
                            null,
                            UploadState.READY,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            now,
                            now));
            paths.put(fileId, file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ObjectNode input() {
        return input;
    }

    @Override
    public int resultIndex() {
        return resultIndex;
    }

    @Override
    public int numResults() {
        return numResults;
    }

    @Override
    public FileRecord inputFile(String fileId) {
        FileRecord f = records.get(fileId);
        if (f == null) {
            throw new IllegalArgumentException("no input " + fileId);
        }
        return f;
    }

    @Override
    public Path inputPath(String fileId) throws IOException {
        Path p = paths.get(fileId);
        if (p == null) {
            throw new NoSuchFileException(fileId);
        }
        return p;
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
