package dev.framewright.engines.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.audio.AudioFormat;
import dev.framewright.engines.fixtures.AudioProbe;
import dev.framewright.engines.fixtures.FakeRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text-to-speech tool end to end on the installed engines. */
class TextToSpeechToolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private int runs;

    private FakeRun run(String text) throws Exception {
        FakeRun run = new FakeRun(Files.createDirectories(dir.resolve("run-" + runs++)));
        run.input.put("ttsText", text);
        return run;
    }

    @Test
    void defaultVoiceSpeaksMp3WithPhoneTimings() throws Exception {
        InstalledSpeech.assumeInstalled(FestivalEngine.NAME);
        FakeRun run = run("Hello world. The quick brown fox jumps over the lazy dog.");
        ToolOutput out = InstalledSpeech.tool(AudioFormat.MP3).run(run);
        assertThat(out.type()).isEqualTo(FileType.AUDIO);
        assertThat(out.contentType()).isEqualTo("audio/mpeg");
        AudioProbe p = AudioProbe.of(out.file());
        assertThat(p.codec()).isEqualTo("mp3");
        assertThat(p.sampleRate()).isEqualTo(44100);
        assertThat(p.channels()).isEqualTo(1);
        assertThat(p.durationSeconds()).isBetween(2.0, 8.0);
        JsonNode timings = JSON.readTree(out.sidecars().getFirst().file().toFile());
        assertThat(out.sidecars().getFirst().name()).isEqualTo("timings.json");
        assertThat(timings.get("voiceId").asText()).isEqualTo("vg_voic_en_us_slt_hts");
        List<String> phones = new ArrayList<>();
        double last = 0;
        for (JsonNode ph : timings.get("phones")) {
            phones.add(ph.get("phone").asText());
            assertThat(ph.get("start").asDouble()).isGreaterThanOrEqualTo(last - 1e-9);
            assertThat(ph.get("end").asDouble()).isGreaterThan(ph.get("start").asDouble());
            last = ph.get("end").asDouble();
        }
        assertThat(phones).startsWith("hh", "ax", "l", "ow");
        assertThat(last).isLessThanOrEqualTo(p.durationSeconds()).isGreaterThan(p.durationSeconds() - 0.6);
    }

    @Test
    void wavWhenConfiguredAndLoudnessNormalised() throws Exception {
        InstalledSpeech.assumeInstalled(EspeakEngine.NAME);
        FakeRun quiet = run("This sentence is spoken by a whispering voice.");
        quiet.input.put("voiceId", "vg_voic_espeak_en_us_v_whisper");
        FakeRun loud = run("This sentence is spoken by a normal voice.");
        loud.input.put("voiceId", "vg_voic_espeak_en_us");
        ToolOutput a = InstalledSpeech.tool(AudioFormat.WAV).run(quiet);
        ToolOutput b = InstalledSpeech.tool(AudioFormat.WAV).run(loud);
        assertThat(a.contentType()).isEqualTo("audio/wav");
        assertThat(AudioProbe.of(a.file()).codec()).isEqualTo("pcm_s16le");
        assertThat(a.sidecars()).as("eSpeak NG reports no phone timings").isEmpty();
        double la = Loudness.integrated(a.file());
        double lb = Loudness.integrated(b.file());
        assertThat(la).isCloseTo(-16, Offset.offset(2.0));
        assertThat(lb).isCloseTo(-16, Offset.offset(2.0));
    }

    @Test
    void speedScalesTheDurationProportionally() throws Exception {
        InstalledSpeech.assumeInstalled(FliteEngine.NAME);
        String text = "Speed changes how long this sentence takes to say, and nothing else.";
        double[] durations = new double[3];
        double[] speeds = {1.0, 2.0, 0.5};
        for (int i = 0; i < 3; i++) {
            FakeRun r = run(text);
            r.input.put("voiceId", "vg_voic_en_us_slt_flite");
            r.input.put("voiceSpeed", speeds[i]);
            durations[i] = AudioProbe.of(
                            InstalledSpeech.tool(AudioFormat.MP3).run(r).file())
                    .durationSeconds();
        }
        assertThat(durations[1]).isCloseTo(durations[0] / 2, Percentage.withPercentage(5));
        assertThat(durations[2]).isCloseTo(durations[0] * 2, Percentage.withPercentage(5));
    }

    @Test
    void replacementsAndExpansionsChangeWhatIsSaid() throws Exception {
        InstalledSpeech.assumeInstalled(FliteEngine.NAME);
        FakeRun replaced = run("I like SQL, it costs $100 on the 3rd.");
        replaced.input.put("voiceId", "vg_voic_en_us_slt_flite");
        replaced.input
                .putArray("pronunciationReplacements")
                .addObject()
                .put("original", "SQL")
                .put("replacement", "sequel");
        replaced.input.put("autoExpandPronunciationReplacements", true);
        FakeRun spelled = run("I like sequel, it costs one hundred dollars on the third.");
        spelled.input.put("voiceId", "vg_voic_en_us_slt_flite");
        FakeRun raw = run("I like SQL, it costs $100 on the 3rd.");
        raw.input.put("voiceId", "vg_voic_en_us_slt_flite");
        List<String> a = phones(InstalledSpeech.tool(AudioFormat.WAV).run(replaced));
        List<String> b = phones(InstalledSpeech.tool(AudioFormat.WAV).run(spelled));
        List<String> c = phones(InstalledSpeech.tool(AudioFormat.WAV).run(raw));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void takesDifferAndTakeZeroIsRepeatable() throws Exception {
        InstalledSpeech.assumeInstalled(FliteEngine.NAME);
        byte[][] takes = new byte[3][];
        int[] index = {0, 0, 1};
        for (int i = 0; i < 3; i++) {
            FakeRun r = run("One take after another.").result(index[i], 2);
            r.input.put("voiceId", "vg_voic_en_us_slt_flite");
            takes[i] = Files.readAllBytes(
                    InstalledSpeech.tool(AudioFormat.WAV).run(r).file());
        }
        assertThat(takes[0]).isEqualTo(takes[1]);
        assertThat(takes[0]).isNotEqualTo(takes[2]);
    }

    @Test
    void longTextIsSpokenInPartsWithProgress() throws Exception {
        InstalledSpeech.assumeInstalled(EspeakEngine.NAME);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("This is sentence number ").append(i).append(" of a long text. ");
        }
        FakeRun r = run(text.toString());
        r.input.put("voiceId", "vg_voic_espeak_en_us");
        ToolOutput out = InstalledSpeech.tool(AudioFormat.MP3).run(r);
        assertThat(r.progress).hasSizeGreaterThan(2).isSorted();
        assertThat(AudioProbe.of(out.file()).durationSeconds()).isGreaterThan(60);
    }

    @Test
    void aLanguageWithoutAVoicePicksThatLanguagesDefault() throws Exception {
        InstalledSpeech.assumeInstalled(EspeakEngine.NAME);
        FakeRun r = run("Hola, ¿qué tal? Son las tres.");
        r.input.put("speechLanguageCode", "es");
        ToolOutput out = InstalledSpeech.tool(AudioFormat.MP3).run(r);
        assertThat(AudioProbe.of(out.file()).durationSeconds()).isGreaterThan(1);
        assertThat(InstalledSpeech.catalog().resolve(null, "es"))
                .map(SpeechVoice::id)
                .contains("vg_voic_espeak_es");
    }

    private static List<String> phones(ToolOutput out) throws Exception {
        List<String> phones = new ArrayList<>();
        for (JsonNode ph :
                JSON.readTree(out.sidecars().getFirst().file().toFile()).get("phones")) {
            phones.add(ph.get("phone").asText());
        }
        return phones;
    }
}
