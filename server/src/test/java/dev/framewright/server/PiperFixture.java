package dev.framewright.server;

import dev.framewright.engines.onnx.OnnxGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A generated stand-in for a Piper voice, because no real one can be obtained offline: a tiny ONNX
 * model with Piper's exact signature (inputs {@code input} int64 [1, N], {@code input_lengths} int64
 * [1], {@code scales} float [3], and {@code sid} int64 [1] when multi-speaker; output float [1, 1, T])
 * and a config in Piper's real format with piper-phonemize's default (English) phoneme_id_map. Its
 * audio is a deterministic function of the ids: each id becomes {@value #SAMPLES_PER_ID} samples, a
 * 1.0 marker then the level 0.25 + id / 512, so the id sequence can be read back from the audio; the
 * whole is stretched (nearest) by the length scale, times (sid + 1) for a multi-speaker model.
 */
final class PiperFixture {
    static final int RATE = 16000;
    static final int SAMPLES_PER_ID = 480; // 30 ms
    static final int SYMBOLS = 256;

    /** piper-phonemize's default phoneme_id_map, ids 0–140 in order. */
    static final String SYMBOL_ORDER = "_^$ !'(),-.:;?abcdefhijklmnopqrstuvwxyzæçðøħŋœǀǁǂǃɐɑɒɓɔɕɖɗɘəɚɛɜɞɟɠɡɢɣɤɥɦɧɨɪ"
            + "ɫɬɭɮɯɰɱɲɳɴɵɶɸɹɺɻɽɾʀʁʂʃʄʈʉʊʋʌʍʎʏʐʑʒʔʕʘʙʛʜʝʟʡʢʲˈˌːˑ˞βθχᵻⱱ0123456789\u0327";

    private PiperFixture() {}

    /** The ids read back from the fixture's audio at length scale 1 (one level per block). */
    static long[] ids(float[] samples) {
        long[] out = new long[samples.length / SAMPLES_PER_ID];
        for (int b = 0; b < out.length; b++) {
            out[b] = Math.round((samples[b * SAMPLES_PER_ID + 1] - 0.25f) * 512);
        }
        return out;
    }

    /** Writes {@code name.onnx} and {@code name.onnx.json}; {@code speakers} empty for a single speaker. */
    static void write(Path dir, String name, String dataset, Map<String, Integer> speakers) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".onnx"), model(!speakers.isEmpty()));
        Files.writeString(dir.resolve(name + ".onnx.json"), config(dataset, speakers));
    }

    static byte[] model(boolean multiSpeaker) {
        float[] table = new float[SYMBOLS * SAMPLES_PER_ID];
        for (int id = 0; id < SYMBOLS; id++) {
            for (int j = 0; j < SAMPLES_PER_ID; j++) {
                table[id * SAMPLES_PER_ID + j] = j == 0 ? 1.0f : 0.25f + id / 512f;
            }
        }
        OnnxGraph g = new OnnxGraph("piper-signature-fixture")
                .initializer("table", new long[] {SYMBOLS, SAMPLES_PER_ID}, table)
                .initializer("flat_shape", new long[] {3}, new long[] {1, 1, -1})
                .initializer("start", new long[] {1}, new long[] {1})
                .initializer("end", new long[] {1}, new long[] {2})
                .initializer("axis", new long[] {1}, new long[] {0})
                .initializer("ones", new long[] {2}, new float[] {1, 1})
                .input("input", OnnxGraph.INT64, 1, "phonemes")
                .input("input_lengths", OnnxGraph.INT64, 1)
                .input("scales", OnnxGraph.FLOAT, 3);
        if (multiSpeaker) {
            g.input("sid", OnnxGraph.INT64, 1).initializer("one", new long[] {1}, new float[] {1});
        }
        g.node("Gather", new String[] {"table", "input"}, "snippets", "axis", 0)
                .node("Reshape", new String[] {"snippets", "flat_shape"}, "flat")
                .node("Slice", new String[] {"scales", "start", "end", "axis"}, "length_scale");
        String stretch = "length_scale";
        if (multiSpeaker) {
            g.node("Cast", new String[] {"sid"}, "sid_float", "to", OnnxGraph.FLOAT)
                    .node("Add", new String[] {"sid_float", "one"}, "sid_factor")
                    .node("Mul", new String[] {"length_scale", "sid_factor"}, "stretch");
            stretch = "stretch";
        }
        g.node("Concat", new String[] {"ones", stretch}, "resize_scales", "axis", 0)
                .node("Resize", new String[] {"flat", "", "resize_scales"}, "output", "mode", "nearest")
                .output("output", OnnxGraph.FLOAT, 1, 1, "time");
        return g.encode("framewright-test");
    }

    static String config(String dataset, Map<String, Integer> speakers) {
        StringJoiner map = new StringJoiner(",", "{", "}");
        int[] cps = SYMBOL_ORDER.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            String key = cps[i] == '"' ? "\\\"" : cps[i] == '\\' ? "\\\\" : Character.toString(cps[i]);
            map.add("\"" + key + "\":[" + i + "]");
        }
        StringJoiner speakerMap = new StringJoiner(",", "{", "}");
        speakers.forEach((k, v) -> speakerMap.add("\"" + k + "\":" + v));
        return "{\"dataset\":\"" + dataset + "\",\"audio\":{\"sample_rate\":" + RATE + ",\"quality\":\"medium\"},"
                + "\"espeak\":{\"voice\":\"en-us\"},\"language\":{\"code\":\"en_US\",\"family\":\"en\","
                + "\"region\":\"US\",\"name_native\":\"English\",\"name_english\":\"English\",\"country_english\":"
                + "\"United States\"},\"inference\":{\"noise_scale\":0.667,\"length_scale\":1,\"noise_w\":0.8},"
                + "\"phoneme_type\":\"espeak\",\"phoneme_map\":{},\"phoneme_id_map\":" + map + ",\"num_symbols\":"
                + SYMBOLS + ",\"num_speakers\":" + Math.max(1, speakers.size()) + ",\"speaker_id_map\":" + speakerMap
                + ",\"piper_version\":\"1.0.0\"}";
    }
}
