package dev.framewright.core.analysis;

import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionStore;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.RenditionKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Analyses one file (API.md §10.6): tool outputs are described from their execution's input, uploads
 * from their bytes by the {@link MediaDescriber}; then description, transcript and display name are
 * embedded for search. Thread-safe.
 */
public final class Analyzer {
    /** Longest stored description, in characters (OCR of a page of text can be long). */
    static final int MAX_DESCRIPTION = 8000;

    private final FileStore files;
    private final ExecutionStore executions;
    private final BlobStore blobs;
    private final AnalysisEngines engines;

    public Analyzer(FileStore files, ExecutionStore executions, BlobStore blobs, AnalysisEngines engines) {
        this.files = files;
        this.executions = executions;
        this.blobs = blobs;
        this.engines = engines;
    }

    /**
     * @param workDir scratch folder for this file, deleted by the caller
     * @throws IOException the file cannot be analysed (bytes missing or unreadable, model failure)
     */
    public Analysis analyze(FileRecord f, Path workDir) throws IOException, InterruptedException {
        MediaDescriber.Description d = f.sourceToolExecutionId() != null
                ? generated(f)
                : engines.describer().describe(f, local(f, workDir), workDir);
        String description = cut(d.description(), MAX_DESCRIPTION);
        String transcript = d.transcript() == null ? null : cut(d.transcript(), MAX_DESCRIPTION);
        Optional<TextEmbedder> embedder = engines.embedder();
        if (embedder.isEmpty()) {
            return new Analysis(description, transcript, null, null);
        }
        List<float[]> vectors = new ArrayList<>();
        vectors.add(embedder.get().embed(searchText(f.displayName(), description, transcript)));
        if (d.content() != null) {
            vectors.add(embedder.get().embed(cut(d.content(), MAX_DESCRIPTION)));
        }
        return new Analysis(description, transcript, vectors, embedder.get().model());
    }

    /** The vectors of an analysis made without an embedding engine, from what the file row keeps. */
    static List<float[]> lateEmbeddings(TextEmbedder embedder, FileRecord f) throws IOException {
        List<float[]> vectors = new ArrayList<>();
        vectors.add(embedder.embed(searchText(f.displayName(), f.description(), f.transcript())));
        if (f.transcript() != null) {
            vectors.add(embedder.embed(f.transcript()));
        }
        return vectors;
    }

    /** What a file's embedding is made of: its name, description and transcript. */
    public static String searchText(String displayName, String description, String transcript) {
        StringBuilder sb = new StringBuilder(displayName);
        if (description != null) {
            sb.append('\n').append(description);
        }
        if (transcript != null) {
            sb.append('\n').append(transcript);
        }
        return sb.toString();
    }

    private MediaDescriber.Description generated(FileRecord f) throws IOException {
        ExecutionRecord e = executions
                .findById(f.sourceToolExecutionId())
                .orElseThrow(() -> new IOException("execution " + f.sourceToolExecutionId() + " not found"));
        return new GeneratedDescriptions(id -> files.find(f.teamId(), id)).describe(f, e);
    }

    private Path local(FileRecord f, Path workDir) throws IOException {
        String key = f.rendition(RenditionKind.DOWNLOAD).blobKey();
        if (key == null) {
            throw new IOException("file " + f.id() + " has no stored bytes");
        }
        Optional<Path> in = blobs.localPath(key);
        if (in.isPresent() && Files.exists(in.get())) {
            return in.get();
        }
        Path copy = workDir.resolve("source");
        try (InputStream s = blobs.open(key)) {
            Files.copy(s, copy);
        }
        return copy;
    }

    private static String cut(String s, int max) {
        String t = s.strip();
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max - 1)) + "…";
    }
}
