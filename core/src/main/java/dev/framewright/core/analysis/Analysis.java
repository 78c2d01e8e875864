package dev.framewright.core.analysis;

/**
 * The result of analysing one file (API.md §10.6).
 *
 * @param transcript null when the file has no speech
 * @param embedding unit vector of description, transcript and display name; null when no embedding
 *     engine could run (the file then stays unsearchable until one can)
 * @param model the embedding's vector space, null with it
 */
public record Analysis(String description, String transcript, float[] embedding, String model) {
    public Analysis {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description is required");
        }
        if ((embedding == null) != (model == null)) {
            throw new IllegalArgumentException("embedding and model go together");
        }
    }
}
