package dev.framewright.engines.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileType;
import dev.framewright.core.analysis.MediaDescriber.Description;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.UploadState;
import dev.framewright.engines.process.Subprocess;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upload descriptions with stand-in engines (what each part contributes, fallbacks), then with the
 * real Tesseract, PocketSphinx and Festival when they are installed.
 */
class UploadDescriberTest {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path dir;

    static FileRecord file(FileType type, String contentType, Integer w, Integer h, Double seconds) {
        return new FileRecord(
                "vg_file_x",
                "vg_team_x",
                null,
                FileScope.GLOBAL,
                type,
                "upload",
                contentType,
                null,
                1L,
                w,
                h,
                seconds,
                null,
                UploadState.READY,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                T0,
                T0);
    }

    static final class FakeOcr implements Ocr {
        final String text;
        int runs;

        FakeOcr(String text) {
            this.text = text;
        }

        @Override
        public EngineInfo probe() {
            return EngineInfo.available("tesseract", "5", "Apache-2.0", Map.of());
        }

        @Override
        public String read(Path image, Path workDir) {
            runs++;
            return text;
        }
    }

    static SpeechToText hearing(String words) {
        return new SpeechToText() {
            @Override
            public EngineInfo probe() {
                return EngineInfo.available("pocketsphinx", "0.8", "BSD-2-Clause", Map.of());
            }

            @Override
            public String transcribe(Path wav16k, Path workDir) {
                return words;
            }
        };
    }

    Path poster(String... lines) throws Exception {
        BufferedImage img = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(30, 70, 190));
        g.fillRect(0, 0, 800, 400);
        g.setColor(Color.WHITE);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 48));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 40, 110 + 90 * i);
        }
        g.dispose();
        Path p = dir.resolve("poster.png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    Path work() throws Exception {
        return Files.createDirectories(dir.resolve("work-" + System.nanoTime()));
    }

    @Test
    void anImageGetsTheTemplateAndItsText() throws Exception {
        FakeOcr ocr = new FakeOcr("Summer Jazz Night");
        UploadDescriber d = new UploadDescriber(ocr, SpeechToText.NONE, Set.of(), Duration.ofMinutes(5));

        Description out = d.describe(file(FileType.IMAGE, "image/png", 800, 400, null), poster(), work());

        assertThat(out.description())
                .isEqualTo(
                        "Image, 800×400 pixels, landscape. Dominant colours: blue.\nText in the image: Summer Jazz Night");
        assertThat(out.transcript()).isNull();
        assertThat(out.content()).isEqualTo("Summer Jazz Night");
        assertThat(d.descriptionStatus().engine()).isEqualTo("tesseract+metadata");
    }

    @Test
    void aDisabledOcrLeavesTheTemplate() throws Exception {
        FakeOcr ocr = new FakeOcr("never read");
        UploadDescriber d = new UploadDescriber(ocr, SpeechToText.NONE, Set.of("tesseract"), Duration.ofMinutes(5));

        Description out = d.describe(file(FileType.IMAGE, "image/png", 800, 400, null), poster(), work());

        assertThat(out.description()).isEqualTo("Image, 800×400 pixels, landscape. Dominant colours: blue.");
        assertThat(ocr.runs).isZero();
        assertThat(out.content()).isNull();
        EngineInfo status = d.descriptionStatus();
        assertThat(status.engine()).isEqualTo("metadata");
        assertThat(status.available()).isTrue();
        assertThat(status.details()).containsEntry("ocr", "unavailable: " + UploadDescriber.DISABLED);
    }

    @Test
    void audioGetsAnApproximateTranscriptOrSaysThereWasNoSpeech() throws Exception {
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed");
        Path wav = ffmpeg("tone.wav", "-f", "lavfi", "-i", "sine=frequency=440:duration=3");
        FileRecord f = file(FileType.AUDIO, "audio/wav", null, null, 3.0);

        Description spoken = new UploadDescriber(Ocr.NONE, hearing("hello there"), Set.of(), Duration.ofMinutes(5))
                .describe(f, wav, work());
        assertThat(spoken.description())
                .isEqualTo("Audio, 3 seconds.\nSpeech (automatic transcript, approximate): hello there");
        assertThat(spoken.transcript()).isEqualTo("hello there");

        Description silent =
                new UploadDescriber(Ocr.NONE, hearing(""), Set.of(), Duration.ofMinutes(5)).describe(f, wav, work());
        assertThat(silent.description()).isEqualTo("Audio, 3 seconds.\nNo speech recognised.");
        assertThat(silent.transcript()).isNull();

        UploadDescriber deaf = new UploadDescriber(Ocr.NONE, SpeechToText.NONE, Set.of(), Duration.ofMinutes(5));
        assertThat(deaf.describe(f, wav, work()).description()).isEqualTo("Audio, 3 seconds.");
        assertThat(deaf.transcriptStatus().available()).isFalse();
    }

    @Test
    void videoKeyFramesAreReadAndTheTrackTranscribed() throws Exception {
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed");
        Path mp4 = ffmpeg(
                "clip.mp4",
                "-f",
                "lavfi",
                "-i",
                "color=c=red:size=320x240:duration=2,format=yuv420p",
                "-f",
                "lavfi",
                "-i",
                "color=c=blue:size=320x240:duration=2,format=yuv420p",
                "-f",
                "lavfi",
                "-i",
                "sine=duration=4",
                "-filter_complex",
                "[0:v][1:v]concat=n=2:v=1[v]",
                "-map",
                "[v]",
                "-map",
                "2:a",
                "-c:v",
                "libx264",
                "-c:a",
                "aac",
                "-shortest");
        FakeOcr ocr = new FakeOcr("Chapter One");
        UploadDescriber d = new UploadDescriber(ocr, hearing("once upon a time"), Set.of(), Duration.ofMinutes(5));

        Description out = d.describe(file(FileType.VIDEO, "video/mp4", 320, 240, 4.0), mp4, work());

        assertThat(out.description())
                .isEqualTo(
                        "Video, 320×240 pixels, landscape, 4 seconds. Dominant colours: red.\nText on screen: Chapter"
                                + " One\nSpeech (automatic transcript, approximate): once upon a time");
        assertThat(ocr.runs).as("the first frame and the cut to blue").isEqualTo(2);
        assertThat(out.transcript()).isEqualTo("once upon a time");
        assertThat(out.content()).isEqualTo("Chapter One\nonce upon a time");
    }

    @Test
    void realTesseractReadsRenderedText() throws Exception {
        TesseractOcr tesseract = new TesseractOcr();
        assumeTrue(tesseract.probe().available(), "tesseract-ocr(-eng) is not installed");
        UploadDescriber d = new UploadDescriber(tesseract, SpeechToText.NONE, Set.of(), Duration.ofMinutes(5));

        Description out = d.describe(
                file(FileType.IMAGE, "image/png", 800, 400, null),
                poster("Riverside Jazz Night", "Tickets at the door"),
                work());

        assertThat(out.description())
                .contains("Text in the image: ")
                .contains("Riverside Jazz Night", "Tickets at the door");
    }

    @Test
    void realPocketSphinxTranscribesFestivalAndIgnoresAMelody() throws Exception {
        PocketSphinx sphinx = new PocketSphinx(Duration.ofMinutes(2));
        assumeTrue(sphinx.probe().available(), "pocketsphinx(-en-us) is not installed");
        assumeTrue(Subprocess.which("text2wave").isPresent(), "festival is not installed");
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed");
        Path text = Files.writeString(dir.resolve("say.txt"), "The quick brown fox jumps over the lazy dog.");
        Path speech = dir.resolve("say.wav");
        run("text2wave", "-o", speech.toString(), text.toString());
        Path melody = ffmpeg(
                "melody.wav", "-f", "lavfi", "-i", "aevalsrc='0.2*sin(2*PI*(262*pow(2,floor(mod(t*3,8))/12))*t)':d=8");
        UploadDescriber d = new UploadDescriber(Ocr.NONE, sphinx, Set.of(), Duration.ofMinutes(5));

        Description said = d.describe(file(FileType.AUDIO, "audio/wav", null, null, 3.0), speech, work());
        Description played = d.describe(file(FileType.AUDIO, "audio/wav", null, null, 8.0), melody, work());

        assertThat(said.transcript()).contains("quick brown fox").contains("lazy dog");
        assertThat(played.transcript()).isNull();
        assertThat(played.description()).endsWith("No speech recognised.");
    }

    private Path ffmpeg(String name, String... args) throws Exception {
        Path out = dir.resolve(name);
        List<String> cmd = new java.util.ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        cmd.addAll(List.of(args));
        cmd.add(out.toString());
        run(cmd.toArray(String[]::new));
        return out;
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
