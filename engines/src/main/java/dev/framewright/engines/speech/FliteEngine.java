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
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Flite ({@code flite}, Debian): one quick process per part, {@code -psdur} printing each segment's
 * end time (the phone timings). Voices from {@code flite -lv}; the limited-domain {@code awb_time}
 * (it can only say the time) is left out. Speed is applied by the caller.
 */
public final class FliteEngine implements SpeechEngine {
    static final String NAME = "flite";
    private static final String LICENSE = "MIT-style (CMU Flite)";

    private record Known(
            String slug, String tag, String accent, Gender gender, String displayName, String description, int rank) {}

    private static final Map<String, Known> KNOWN = Map.of(
            "slt",
                    new Known(
                            "en_us_slt_flite",
                            "en-US",
                            "american",
                            Gender.FEMALE,
                            "SLT (Flite)",
                            "US English female voice from the CMU ARCTIC SLT recordings (clustergen); light and fast",
                            10),
            "rms",
                    new Known(
                            "en_us_rms_flite",
                            "en-US",
                            "american",
                            Gender.MALE,
                            "RMS (Flite)",
                            "US English male voice from the CMU ARCTIC RMS recordings (clustergen)",
                            30),
            "awb",
                    new Known(
                            "en_gb_awb_flite",
                            "en-GB",
                            "scottish",
                            Gender.MALE,
                            "AWB (Flite)",
                            "Scottish English male voice from the CMU ARCTIC AWB recordings (clustergen)",
                            30),
            "kal16",
                    new Known(
                            "en_us_kal16_flite",
                            "en-US",
                            "american",
                            Gender.MALE,
                            "Kal 16 kHz (Flite)",
                            "US English male diphone voice at 16 kHz",
                            35),
            "kal",
                    new Known(
                            "en_us_kal_flite",
                            "en-US",
                            "american",
                            Gender.MALE,
                            "Kal 8 kHz (Flite)",
                            "US English male diphone voice at 8 kHz (telephone quality)",
                            36));

    private final Duration timeout;

    public FliteEngine(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxPartChars() {
        return 600;
    }

    @Override
    public Discovery discover() {
        return LocalDiscovery.once(NAME, this::find);
    }

    private Discovery find() {
        if (!Programs.installed("flite")) {
            return Discovery.none();
        }
        List<SpeechVoice> voices = new ArrayList<>();
        for (String line : Programs.lines(List.of("flite", "-lv"))) {
            if (line.startsWith("Voices available:")) {
                for (String name :
                        line.substring("Voices available:".length()).trim().split("\\s+")) {
                    voice(name).ifPresent(voices::add);
                }
            }
        }
        voices.sort(java.util.Comparator.comparingInt(SpeechVoice::rank));
        return new Discovery(Programs.version(List.of("flite", "--version")).orElse(null), LICENSE, voices);
    }

    static java.util.Optional<SpeechVoice> voice(String name) {
        if (name.isEmpty() || name.endsWith("_time") || !name.matches("[a-z0-9_]+")) {
            return java.util.Optional.empty();
        }
        Known k = KNOWN.getOrDefault(
                name,
                new Known(
                        VoiceLanguages.slug("en_" + name + "_flite"),
                        "en",
                        null,
                        Gender.NEUTRAL,
                        name + " (Flite)",
                        "English Flite voice " + name,
                        40));
        TtsVoice wire = new TtsVoice(
                "vg_voic_" + k.slug(),
                k.displayName(),
                k.tag(),
                k.gender(),
                k.accent(),
                k.description(),
                true,
                false,
                false);
        return java.util.Optional.of(new SpeechVoice(wire, NAME, name, "en", k.rank()));
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
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Path text = dir.resolve("part-" + i + ".txt");
            Path wav = dir.resolve("part-" + i + ".wav");
            write(text, parts.get(i));
            List<Phone> phones = new ArrayList<>();
            Subprocess.of("flite", "-voice", voice.engineVoice(), "-f", text.toString(), "-o", wav.toString(), "-psdur")
                    .workingDir(dir)
                    .timeout(timeout)
                    .cancelledWhen(cancelled)
                    .onStdoutLine(line -> phones.addAll(phones(line)))
                    .run();
            out.add(new Part(wav, continuous(phones), false));
            partDone.accept(i);
        }
        return out;
    }

    /** {@code pau:0.164 hh:0.255 …} → phones. */
    static List<Phone> phones(String line) {
        List<Phone> out = new ArrayList<>();
        for (String token : line.trim().split("\\s+")) {
            int colon = token.lastIndexOf(':');
            if (colon > 0) {
                try {
                    out.add(new Phone(token.substring(0, colon), Double.parseDouble(token.substring(colon + 1))));
                } catch (NumberFormatException ignored) {
                    // not a segment
                }
            }
        }
        return out;
    }

    /** End times that restart at an utterance boundary continue from the previous utterance's end. */
    static List<Phone> continuous(List<Phone> phones) {
        List<Phone> out = new ArrayList<>();
        double offset = 0;
        double last = 0;
        for (Phone p : phones) {
            if (p.end() + offset < last) {
                offset = last;
            }
            last = p.end() + offset;
            out.add(new Phone(p.phone(), last));
        }
        return out;
    }

    static void write(Path file, String text) throws ToolFailure {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolFailure(
                    dev.framewright.contract.ErrorCode.INTERNAL_ERROR, "The text could not be written", true, e);
        }
    }
}
