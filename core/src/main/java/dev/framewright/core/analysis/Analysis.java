package dev.framewright.core.analysis;

import java.util.List;

/**
 * The result of analysing one file (API.md §10.6).
 *
 * @param transcript null when the file has no speech
 * @param embeddings the search vectors: first the embedding of display name, description and
 *     transcript, then (when the file carries words of its own) of those words alone; search takes the
 *     best match. Null when no embedding engine could run (the file stays unsearchable until one can)
 * @param model the embeddings' vector space, null with them
 */
public record Analysis(String description, String transcript, List<float[]> embeddings, String model) {
    public Analysis {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description is required");
        }
        if ((embeddings == null) != (model == null) || (embeddings != null && embeddings.isEmpty())) {
            throw new IllegalArgumentException("embeddings (at least one) and model go together");
        }
        embeddings = embeddings == null ? null : List.copyOf(embeddings);
    }
}
