package dev.framewright.core.analysis;

/**
 * A file that search may return: GLOBAL, not archived, analysis completed with an embedding.
 *
 * @param text display name, description and transcript, for the keyword boost
 */
public record SearchCandidate(String fileId, float[] embedding, String text) {}
