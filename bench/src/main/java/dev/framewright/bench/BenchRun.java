package dev.framewright.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.UploadState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;

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

    /**
     * Makes {@code file} the run's input file {@code fileId}: a ready GLOBAL file of {@code type}, with
     * the width and height read from it when it is an image.
     */
    BenchRun withInput(String fileId, Path file, FileType type, String contentType) throws IOException {
        Integer width = null;
        Integer height = null;
        if (type == FileType.IMAGE) {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img != null) {
                width = img.getWidth();
                height = img.getHeight();
            }
        }
        Instant now = Instant.now();
        this.inputRecord = new FileRecord(
                fileId,
                "vg_team_bench",
                null,
                FileScope.GLOBAL,
                type,
                file.getFileName().toString(),
                contentType,
                null,
                Files.size(file),
                width,
                height,
                null,
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
                now);
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
            throw new IllegalArgumentException("this bench run has no input file " + fileId);
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
