package dev.framewright.engines.analysis;

import dev.framewright.core.analysis.MediaDescriber;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.MediaInfo;
import dev.framewright.engines.media.StillImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Describes uploads from their bytes (API.md §10.6): a template of what the file is (type, size,
 * orientation, duration, dominant colours) plus the text in images and video key frames (OCR) and an
 * approximate transcript of audio and video speech. A missing, disabled or failing engine leaves its
 * part out; the template is always there.
 */
public final class UploadDescriber implements MediaDescriber {
    private static final Logger log = LoggerFactory.getLogger(UploadDescriber.class);
    static final String DISABLED = "disabled by configuration (FRAMEWRIGHT_ENGINES_DISABLED)";

    /** Images are read at most this large for OCR and colours. */
    static final int OCR_BOX = 2400;
    /** Smaller images are doubled for OCR: Tesseract misses text under about 20 px high. */
    static final int UPSCALE_BELOW = 1200;

    static final int MAX_KEY_FRAMES = 5;

    private final Ocr ocr;
    private final SpeechToText speech;
    private final Set<String> disabled;
    private final Extracts extracts;
    private final StillImages images;

    /** The installed engines (Tesseract, PocketSphinx), minus those named in {@code disabled}. */
    public UploadDescriber(Set<String> disabled) {
        this(new TesseractOcr(), new PocketSphinx(Duration.ofMinutes(8)), disabled, Duration.ofMinutes(5));
    }

    /** @param window how much of an audio or video file is listened to and scanned for scenes */
    UploadDescriber(Ocr ocr, SpeechToText speech, Set<String> disabled, Duration window) {
        this.ocr = ocr;
        this.speech = speech;
        this.disabled = Set.copyOf(disabled);
        this.extracts = new Extracts(window, Duration.ofMinutes(3));
        this.images = new StillImages(Duration.ofMinutes(1));
    }

    @Override
    public Set<String> engineNames() {
        return Set.of(TesseractOcr.NAME, PocketSphinx.NAME);
    }

    private boolean usable(EngineInfo info) {
        return info.available() && !disabled.contains(info.engine());
    }

    @Override
    public EngineInfo descriptionStatus() {
        EngineInfo o = ocr.probe();
        Map<String, String> details = new TreeMap<>();
        details.put("template", "type, size, orientation, duration, dominant colours");
        if (usable(o)) {
            details.put("ocr", o.engine());
            return EngineInfo.available(o.engine() + "+metadata", o.version(), o.license(), details);
        }
        details.put("ocr", "unavailable: " + (disabled.contains(o.engine()) ? DISABLED : o.reason()));
        return EngineInfo.available("metadata", null, "Apache-2.0", details);
    }

    @Override
    public EngineInfo transcriptStatus() {
        EngineInfo s = speech.probe();
        if (disabled.contains(s.engine())) {
            return new EngineInfo(s.engine(), s.version(), s.license(), false, DISABLED, s.details());
        }
        return s;
    }

    @Override
    public Description describe(FileRecord f, Path media, Path workDir) throws IOException, InterruptedException {
        if (f.type() == null) {
            throw new IOException("the file's type is unknown");
        }
        return switch (f.type()) {
            case IMAGE -> image(f, media, workDir);
            case AUDIO -> audio(f, media, workDir);
            case VIDEO -> video(f, media, workDir);
        };
    }

    private Description image(FileRecord f, Path media, Path workDir) throws IOException, InterruptedException {
        MediaInfo info = new MediaInfo(f.type(), f.contentType(), null, f.width(), f.height(), null);
        BufferedImage image = images.decode(media, info, OCR_BOX, workDir);
        StringBuilder sb = new StringBuilder("Image");
        int w = f.width() != null ? f.width() : image.getWidth();
        int h = f.height() != null ? f.height() : image.getHeight();
        sb.append(", ").append(w).append('×').append(h).append(" pixels, ").append(ImageFacts.orientation(w, h));
        if (ImageFacts.transparent(image)) {
            sb.append(", with transparency");
        }
        colours(sb, image);
        String text = readText(List.of(OcrInput.prepare(image, workDir.resolve("ocr.png"))), workDir);
        if (!text.isEmpty()) {
            sb.append("\nText in the image: ").append(text);
        }
        return new Description(sb.toString(), null, text);
    }

    private Description audio(FileRecord f, Path media, Path workDir) throws IOException, InterruptedException {
        StringBuilder sb = new StringBuilder("Audio");
        duration(sb, f);
        String transcript = transcribe(media, workDir);
        speechPart(sb, transcript, f);
        return new Description(sb.toString(), transcript, transcript);
    }

    private Description video(FileRecord f, Path media, Path workDir) throws IOException, InterruptedException {
        StringBuilder sb = new StringBuilder("Video");
        if (f.width() != null && f.height() != null) {
            sb.append(", ")
                    .append(f.width())
                    .append('×')
                    .append(f.height())
                    .append(" pixels, ")
                    .append(ImageFacts.orientation(f.width(), f.height()));
        }
        duration(sb, f);
        List<Path> frames = keyFrames(media, workDir);
        String text = "";
        if (!frames.isEmpty()) {
            BufferedImage first = javax.imageio.ImageIO.read(frames.getFirst().toFile());
            if (first != null) {
                colours(sb, first);
            }
            text = readText(frames, workDir);
            if (!text.isEmpty()) {
                sb.append("\nText on screen: ").append(text);
            }
        }
        String transcript = transcribe(media, workDir);
        speechPart(sb, transcript, f);
        return new Description(sb.toString(), transcript, transcript == null ? text : text + "\n" + transcript);
    }

    private List<Path> keyFrames(Path media, Path workDir) throws InterruptedException {
        try {
            return extracts.keyFrames(media, MAX_KEY_FRAMES, workDir);
        } catch (IOException e) {
            log.warn("key frames could not be extracted: {}", e.getMessage());
            return List.of();
        }
    }

    /** OCR of each image, lines kept once; blank without a usable OCR engine. */
    private String readText(List<Path> pngs, Path workDir) throws InterruptedException {
        if (!usable(ocr.probe())) {
            return "";
        }
        Set<String> lines = new LinkedHashSet<>();
        for (Path png : pngs) {
            try {
                String text = ocr.read(png, workDir);
                if (!text.isBlank()) {
                    lines.addAll(List.of(text.split("\n")));
                }
            } catch (IOException e) {
                log.warn("OCR failed: {}", e.getMessage());
            }
        }
        return String.join("\n", lines);
    }

    /** The approximate transcript, null when there is no speech or no usable recogniser. */
    private String transcribe(Path media, Path workDir) throws InterruptedException {
        if (!usable(speech.probe())) {
            return null;
        }
        try {
            Path wav = extracts.speechAudio(media, workDir);
            String text = wav == null ? "" : speech.transcribe(wav, workDir);
            return text.isBlank() ? null : text.strip();
        } catch (IOException e) {
            log.warn("speech recognition failed: {}", e.getMessage());
            return null;
        }
    }

    private void speechPart(StringBuilder sb, String transcript, FileRecord f) {
        if (transcript != null) {
            sb.append("\nSpeech (automatic transcript, approximate");
            if (f.durationSeconds() != null
                    && f.durationSeconds() > extracts.window().toSeconds()) {
                sb.append(", first ").append(extracts.window().toMinutes()).append(" minutes");
            }
            sb.append("): ").append(transcript);
        } else if (usable(speech.probe())) {
            sb.append("\nNo speech recognised.");
        }
    }

    private static void duration(StringBuilder sb, FileRecord f) {
        if (f.durationSeconds() != null) {
            sb.append(", ").append(Durations.words(f.durationSeconds()));
        }
        sb.append('.');
    }

    private static void colours(StringBuilder sb, BufferedImage image) {
        List<String> colours = ImageFacts.dominantColours(image);
        if (sb.charAt(sb.length() - 1) != '.') {
            sb.append('.');
        }
        if (!colours.isEmpty()) {
            sb.append(" Dominant colours: ").append(String.join(", ", colours)).append('.');
        }
    }
}
