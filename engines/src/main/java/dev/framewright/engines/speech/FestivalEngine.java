package dev.framewright.engines.speech;

import dev.framewright.contract.Gender;
import dev.framewright.contract.TtsVoice;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Festival ({@code festival}, Debian; voices such as {@code festvox-us-slt-hts}): one process speaks
 * every part of a request (the voice loads once), writing {@code part-N.wav} and printing each
 * segment with its end time, which become the phone timings. Speed is applied by the caller.
 */
public final class FestivalEngine implements SpeechEngine {
    static final String NAME = "festival";
    private static final String LICENSE = "MIT-style (Festival, CMU voices)";

    /** Voices we know: id slug, display name, description, rank. Others get generic entries. */
    private record Known(String slug, String displayName, String description, int rank) {}

    private static final Map<String, Known> KNOWN = Map.of(
            "cmu_us_slt_arctic_hts",
            new Known(
                    "en_us_slt_hts",
                    "SLT (Festival HTS)",
                    "US English female voice from the CMU ARCTIC SLT recordings, statistical parametric (HTS):"
                            + " the most natural English voice of the local engines",
                    0),
            "kal_diphone",
            new Known(
                    "en_us_kal_diphone",
                    "Kal (Festival diphone)",
                    "US English male diphone voice (residual-excited LPC), clear but robotic",
                    20));

    private final Duration timeout;

    public FestivalEngine(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxPartChars() {
        return 400;
    }

    @Override
    public Discovery discover() {
        return LocalDiscovery.once(NAME, this::find);
    }

    private Discovery find() {
        if (!Programs.installed("festival")) {
            return Discovery.none();
        }
        List<SpeechVoice> voices = new ArrayList<>();
        Path script = null;
        try {
            script = Files.createTempFile("festival-voices", ".scm");
            Files.writeString(
                    script,
                    "(mapcar (lambda (v) (let ((d (cadr (voice.description v)))) (format t \"VOICE %s|%s|%s|%s\\n\" v"
                            + " (cadr (assoc 'language d)) (cadr (assoc 'gender d)) (cadr (assoc 'dialect d)))))"
                            + " (voice.list))\n");
            for (String line : Programs.lines(List.of("festival", "--pipe", script.toString()))) {
                if (line.startsWith("VOICE ")) {
                    voice(line.substring(6).split("\\|", -1)).ifPresent(voices::add);
                }
            }
        } catch (IOException e) {
            return Discovery.none();
        } finally {
            deleteQuietly(script);
        }
        String version = Programs.version(List.of("festival", "--version")).orElse(null);
        return new Discovery(version, LICENSE, voices);
    }

    /** A voice from {@code name|language|gender|dialect}; empty when its language is unknown. */
    static java.util.Optional<SpeechVoice> voice(String[] f) {
        if (f.length < 4 || !f[0].matches("[a-z0-9_]+")) {
            return java.util.Optional.empty();
        }
        String language = VoiceLanguages.fromEnglishName(f[1]);
        if (language == null) {
            return java.util.Optional.empty();
        }
        String region = VoiceLanguages.regionOfDialect(f[3]);
        String tag = region == null ? language : language + "-" + region;
        Gender gender = f[2].equalsIgnoreCase("female")
                ? Gender.FEMALE
                : f[2].equalsIgnoreCase("male") ? Gender.MALE : Gender.NEUTRAL;
        Known k = KNOWN.get(f[0]);
        String slug = k != null ? k.slug() : VoiceLanguages.slug("festival_" + f[0]);
        String display = k != null ? k.displayName() : title(f[0]) + " (Festival)";
        String description = k != null
                ? k.description()
                : "Festival voice " + f[0] + " (" + f[1] + (f[3].isBlank() || f[3].equals("nil") ? "" : ", " + f[3])
                        + ")";
        String accent = f[3].isBlank() || f[3].equals("nil") ? null : f[3].toLowerCase(Locale.ROOT);
        TtsVoice wire = new TtsVoice("vg_voic_" + slug, display, tag, gender, accent, description, true, false, false);
        return java.util.Optional.of(new SpeechVoice(wire, NAME, f[0], language, k != null ? k.rank() : 25));
    }

    @Override
    public List<Part> synthesize(
            SpeechVoice voice,
            List<String> parts,
            double speed,
            Path dir,
            IntConsumer partDone,
            BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        Path script = dir.resolve("speak.scm");
        try {
            Files.writeString(script, script(voice.engineVoice(), parts, dir), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolFailure(
                    dev.framewright.contract.ErrorCode.INTERNAL_ERROR,
                    "Festival's script could not be written",
                    true,
                    e);
        }
        List<List<Phone>> phones = new ArrayList<>();
        Subprocess.of("festival", "--pipe", script.toString())
                .workingDir(dir)
                .timeout(timeout)
                .cancelledWhen(cancelled)
                .onStdoutLine(line -> onLine(line, phones, partDone))
                .run();
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Path wav = dir.resolve("part-" + i + ".wav");
            if (!Files.isRegularFile(wav)) {
                throw ToolFailure.engineFailed("Festival produced no audio for part " + (i + 1) + " of the text");
            }
            out.add(new Part(wav, i < phones.size() ? phones.get(i) : List.of(), false));
        }
        return out;
    }

    /** {@code PART n} starts a part, {@code SEG name end} is a segment, {@code DONE n} ends a part. */
    private static void onLine(String line, List<List<Phone>> phones, IntConsumer partDone) {
        String[] f = line.trim().split("\\s+");
        if (f.length == 2 && f[0].equals("PART")) {
            phones.add(new ArrayList<>());
        } else if (f.length == 3 && f[0].equals("SEG") && !phones.isEmpty()) {
            try {
                phones.getLast().add(new Phone(f[1], Double.parseDouble(f[2])));
            } catch (NumberFormatException ignored) {
                // not a segment line
            }
        } else if (f.length == 2 && f[0].equals("DONE")) {
            partDone.accept(Integer.parseInt(f[1]));
        }
    }

    static String script(String festivalVoice, List<String> parts, Path dir) {
        StringBuilder s = new StringBuilder("(voice_" + festivalVoice + ")\n");
        for (int i = 0; i < parts.size(); i++) {
            s.append("(format t \"PART ")
                    .append(i)
                    .append("\\n\")\n")
                    .append("(set! utt (Utterance Text \"")
                    .append(escape(parts.get(i)))
                    .append("\"))\n")
                    .append("(utt.synth utt)\n")
                    .append("(utt.save.wave utt \"")
                    .append(escape(dir.resolve("part-" + i + ".wav").toString()))
                    .append("\" 'riff)\n")
                    .append("(mapcar (lambda (s) (format t \"SEG %s %f\\n\" (item.name s) (item.feat s \"end\")))"
                            + " (utt.relation.items utt 'Segment))\n")
                    .append("(format t \"DONE ")
                    .append(i)
                    .append("\\n\")\n");
        }
        return s.toString();
    }

    /** A Scheme string literal's content: backslashes and double quotes escaped. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String title(String name) {
        return name.isEmpty()
                ? name
                : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('_', ' ');
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }
}
