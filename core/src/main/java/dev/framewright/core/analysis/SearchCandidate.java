package dev.framewright.core.analysis;

import java.util.List;

/**
 * A file that search may return: GLOBAL, not archived, analysis completed with embeddings.
 *
 * @param embeddings its search vectors (at least one; see {@link Analysis#embeddings()})
 * @param text display name, description and transcript, for the keyword boost
 */
public record SearchCandidate(String fileId, List<float[]> embeddings, String text) {}
