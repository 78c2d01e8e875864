package dev.framewright.engines.speech;

import dev.framewright.contract.Gender;
import dev.framewright.contract.TtsVoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catalogue entries of a user-supplied Piper voice: one per speaker. Ids derive from the model's file
 * name ({@code en_US-lessac-medium.onnx} → {@code vg_voic_piper_en_us_lessac_medium}) and, for a
 * multi-speaker model, the speaker's name, so they stay the same while the files do. Pure.
 */
final class PiperVoices {
    /** Neural voices the operator chose: preferred for their language over the bundled formant voices. */
    static final int RANK = 0;

    private PiperVoices() {}

    /** @param name the model's file name without {@code .onnx} */
    static List<SpeechVoice> of(String name, PiperVoiceConfig c) {
        String tag = VoiceLanguages.bcp47(c.languageCode() != null ? c.languageCode() : c.espeakVoice());
        String iso = VoiceLanguages.iso1(tag);
        String base = "piper_" + VoiceLanguages.slug(name);
        String title = c.dataset() != null ? c.dataset().replace('_', ' ') : name;
        String quality = c.quality() != null ? ", " + c.quality().replace('_', ' ') + " quality" : "";
        List<SpeechVoice> out = new ArrayList<>();
        if (c.speakers().isEmpty()) {
            out.add(voice(slug(base), title + quality + " (Piper)", tag, iso, name, description(name, c, null)));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Integer> s : c.speakers().entrySet()) {
            String speaker = VoiceLanguages.slug(s.getKey());
            String id = slug(base + "_" + (speaker.isEmpty() ? "speaker_" + s.getValue() : speaker));
            if (!seen.add(id)) {
                id = slug(base + "_" + s.getValue());
                if (!seen.add(id)) {
                    continue;
                }
            }
            out.add(voice(
                    id,
                    title + " " + s.getKey() + quality + " (Piper)",
                    tag,
                    iso,
                    name + "#" + s.getValue(),
                    description(name, c, s.getKey())));
        }
        return out;
    }

    /** The model name and speaker id of an engine voice name ({@code name} or {@code name#sid}). */
    static String model(String engineVoice) {
        int hash = engineVoice.lastIndexOf('#');
        return hash < 0 ? engineVoice : engineVoice.substring(0, hash);
    }

    /** The speaker id of an engine voice name, or null for a single-speaker voice. */
    static Long speaker(String engineVoice) {
        int hash = engineVoice.lastIndexOf('#');
        return hash < 0 ? null : Long.parseLong(engineVoice.substring(hash + 1));
    }

    private static SpeechVoice voice(String id, String display, String tag, String iso, String engineVoice, String d) {
        TtsVoice wire = new TtsVoice("vg_voic_" + id, display, tag, Gender.NEUTRAL, null, d, true, false, false);
        return new SpeechVoice(wire, PiperEngine.NAME, engineVoice, iso, RANK);
    }

    private static String description(String name, PiperVoiceConfig c, String speaker) {
        return "User-supplied Piper neural voice (" + name + ".onnx"
                + (speaker == null ? "" : ", speaker " + speaker)
                + "), run locally with ONNX Runtime"
                + (c.phonemeType().equals(PiperVoiceConfig.ESPEAK)
                        ? " and phonemized by eSpeak NG (" + c.espeakVoice() + ")"
                        : "")
                + "; licensed as its model card says";
    }

    private static String slug(String id) {
        return VoiceLanguages.slug(id);
    }
}
