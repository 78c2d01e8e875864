package dev.framewright.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.Renditions;
import dev.framewright.engines.avatar.PhoneTimings;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phone timings stored by the text-to-speech engine beside its output, as the blob {@code
 * files/<fileId>/timings.json}. Read as {@code {"phones":[{"phone":"hh","start":0.0,"end":0.08},…]}}
 * (or a bare array; {@code symbol} is accepted for {@code phone}). A missing, unreadable or
 * malformed sidecar means no timings: the avatar engine then estimates the mouth from the audio.
 */
final class BlobPhoneTimings implements PhoneTimings {
    static final String NAME = "timings.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BYTES = 8 << 20;

    private final BlobStore blobs;

    BlobPhoneTimings(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public Optional<List<Phone>> find(String audioFileId) {
        String key = Renditions.key(audioFileId, NAME);
        try {
            if (blobs.size(key).filter(n -> n > 0 && n <= MAX_BYTES).isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = blobs.open(key)) {
                return parse(JSON.readTree(in));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<List<Phone>> parse(JsonNode root) {
        JsonNode list = root.isArray() ? root : root.path("phones");
        List<Phone> out = new ArrayList<>();
        for (JsonNode p : list) {
            String symbol = p.hasNonNull("phone")
                    ? p.get("phone").asText()
                    : p.path("symbol").asText(null);
            if (symbol == null || !p.path("start").isNumber() || !p.path("end").isNumber()) {
                return Optional.empty();
            }
            out.add(new Phone(symbol, p.get("start").asDouble(), p.get("end").asDouble()));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}
