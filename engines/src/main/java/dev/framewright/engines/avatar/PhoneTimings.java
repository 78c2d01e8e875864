package dev.framewright.engines.avatar;

import java.util.List;
import java.util.Optional;

/**
 * Exact phone timings of an audio file, when the file came from our text-to-speech and it stored
 * them (a sidecar beside the audio). The avatar engine then shapes the mouth from the phones and uses
 * the audio's energy only for how far it opens. Implementations are thread-safe and fast; they
 * return empty when there are none (every uploaded audio).
 */
public interface PhoneTimings {
    /**
     * One phone.
     *
     * @param phone a phone symbol (ARPAbet or Festival's, lower case; {@code pau} for silence)
     * @param start seconds from the start of the audio
     * @param end seconds from the start of the audio
     */
    record Phone(String phone, double start, double end) {}

    Optional<List<Phone>> find(String audioFileId);

    PhoneTimings NONE = id -> Optional.empty();
}
