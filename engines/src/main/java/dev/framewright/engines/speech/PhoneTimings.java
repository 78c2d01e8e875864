package dev.framewright.engines.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code timings.json} sidecar of a speech file: which voice spoke, and each phone of the engine's
 * phone set with its start and end in seconds on the finished audio (tempo applied). The avatar tool
 * reads it to time mouth shapes. Format: {@code {"version":1, "engine", "voiceId", "phoneSet",
 * "phones":[{"phone","start","end"}…]}}.
 */
final class PhoneTimings {
    static final String SIDECAR = "timings.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PhoneTimings() {}

    static void write(Path file, SpeechVoice voice, List<PartJoiner.TimedPhone> phones, double tempo)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("engine", voice.engine());
        root.put("voiceId", voice.id());
        root.put("phoneSet", voice.engine().equals(FestivalEngine.NAME) ? "festival-radio" : "cmu");
        ArrayNode list = root.putArray("phones");
        for (PartJoiner.TimedPhone p : phones) {
            list.addObject()
                    .put("phone", p.phone())
                    .put("start", round(p.start() / tempo))
                    .put("end", round(p.end() / tempo));
        }
        JSON.writeValue(file.toFile(), root);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
