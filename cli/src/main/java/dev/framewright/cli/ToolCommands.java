package dev.framewright.cli;

import dev.framewright.contract.AspectRatio;
import dev.framewright.contract.FileType;
import dev.framewright.contract.GenerateAvatarRequest;
import dev.framewright.contract.GenerateImageRequest;
import dev.framewright.contract.GenerateSoundEffectRequest;
import dev.framewright.contract.GenerateVideoClipRequest;
import dev.framewright.contract.PronunciationReplacement;
import dev.framewright.contract.RemoveImageBackgroundRequest;
import dev.framewright.contract.RemoveVideoBackgroundRequest;
import dev.framewright.contract.TextToSpeechRequest;
import dev.framewright.contract.UpscaleImageRequest;
import dev.framewright.contract.UpscaleVideoRequest;
import dev.framewright.contract.VectorizeImageRequest;
import dev.framewright.contract.WatermarkMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code videogen tools …}: one command per tool starter (API.md §2.2). Each prints the new
 * execution's id, or with {@code --wait} / {@code --out} follows it to the end and prints (or saves)
 * the results. File inputs take a {@code vg_file_…} id or a local file, which is uploaded first.
 */
@Command(
        name = "tools",
        description = "Start tool executions.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            ToolCommands.GenerateImage.class,
            ToolCommands.GenerateVideoClip.class,
            ToolCommands.TextToSpeech.class,
            ToolCommands.GenerateSoundEffect.class,
            ToolCommands.GenerateAvatar.class,
            ToolCommands.VectorizeImage.class,
            ToolCommands.RemoveImageBackground.class,
            ToolCommands.RemoveVideoBackground.class,
            ToolCommands.UpscaleImage.class,
            ToolCommands.UpscaleVideo.class
        })
final class ToolCommands {
    /** The fields every tool shares (API.md §2.1). */
    static final class Shared {
        @Option(names = "--num-results", paramLabel = "N", description = "Independent results, 1–100 (default 1).")
        Integer numResults;

        @Option(names = "--temporary", description = "Give the outputs scope TEMPORARY (archived after 24 h).")
        Boolean temporary;
    }

    /** {@code --watermark}, for the tools that have one. */
    static final class Watermark {
        @Option(names = "--watermark", paramLabel = "MODE", description = "AUTO (default), VIDEO_GEN or NONE.")
        WatermarkMode mode;
    }

    abstract static class ToolCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Shared shared;

        @Mixin
        Runs.WaitMixin wait;

        Cli cli() {
            return Runs.root(spec);
        }

        String file(String value, String option, FileType type) throws IOException {
            return Runs.fileInput(cli(), spec, value, option, type);
        }
    }

    @Command(name = "generate-image", description = "Generate an image from a prompt (and reference images).")
    static final class GenerateImage extends ToolCommand {
        @Option(names = "--prompt", required = true, description = "What to draw, 1–4000 characters.")
        String prompt;

        @Option(names = "--image", paramLabel = "FILE", description = "Reference image (id or local file); up to 4.")
        List<String> images = new ArrayList<>();

        @Option(names = "--aspect-ratio", paramLabel = "W:H", description = "e.g. 1:1 (default 16:9).")
        String aspectRatio;

        @Mixin
        Watermark watermark;

        @Override
        public Integer call() throws IOException {
            List<String> ids = new ArrayList<>();
            for (String i : images) {
                ids.add(file(i, "--image", FileType.IMAGE));
            }
            return Runs.start(
                    cli(),
                    new GenerateImageRequest(
                            prompt,
                            ids.isEmpty() ? null : ids,
                            ratio(spec, aspectRatio),
                            watermark.mode,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    @Command(name = "generate-video-clip", description = "Generate a video clip from a prompt, images or a video.")
    static final class GenerateVideoClip extends ToolCommand {
        @Option(names = "--prompt", description = "What happens, up to 4000 characters.")
        String prompt;

        @Option(
                names = "--image",
                paramLabel = "FILE",
                description = "Image to animate or guide (id or local file); up to 4.")
        List<String> images = new ArrayList<>();

        @Option(names = "--video", paramLabel = "FILE", description = "Video to restyle (id or local file).")
        String video;

        @Option(names = "--audio", description = "Give the clip an audio track.")
        Boolean generateAudio;

        @Option(names = "--aspect-ratio", paramLabel = "W:H", description = "e.g. 9:16 (default 16:9).")
        String aspectRatio;

        @Mixin
        Watermark watermark;

        @Override
        public Integer call() throws IOException {
            List<String> ids = new ArrayList<>();
            for (String i : images) {
                ids.add(file(i, "--image", FileType.IMAGE));
            }
            return Runs.start(
                    cli(),
                    new GenerateVideoClipRequest(
                            prompt,
                            ids.isEmpty() ? null : ids,
                            file(video, "--video", FileType.VIDEO),
                            generateAudio,
                            ratio(spec, aspectRatio),
                            watermark.mode,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    @Command(name = "text-to-speech", description = "Speak a text with a voice.")
    static final class TextToSpeech extends ToolCommand {
        @Option(names = "--text", required = true, description = "The text, 1–20000 characters.")
        String text;

        @Option(names = "--voice", paramLabel = "VOICE_ID", description = "A voice of `videogen resources voices`.")
        String voice;

        @Option(
                names = "--language",
                paramLabel = "CODE",
                description = "ISO 639-1 code, e.g. en (default: the voice's).")
        String language;

        @Option(names = "--speed", paramLabel = "X", description = "0.5–2.0 (default 1.0).")
        Double speed;

        @Option(
                names = "--replace",
                paramLabel = "WORD=SAYING",
                description = "Pronunciation replacement, applied in order; repeatable.")
        List<String> replacements = new ArrayList<>();

        @Option(names = "--auto-expand", description = "Spell out numbers, currency and abbreviations.")
        Boolean autoExpand;

        @Override
        public Integer call() throws IOException {
            List<PronunciationReplacement> pr = new ArrayList<>();
            for (String r : replacements) {
                int eq = r.indexOf('=');
                if (eq <= 0) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "--replace must be WORD=SAYING, was: " + r);
                }
                pr.add(new PronunciationReplacement(r.substring(0, eq), r.substring(eq + 1)));
            }
            return Runs.start(
                    cli(),
                    new TextToSpeechRequest(
                            text,
                            voice,
                            language,
                            pr.isEmpty() ? null : pr,
                            autoExpand,
                            speed,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    @Command(name = "generate-sound-effect", description = "Generate a sound effect from a prompt.")
    static final class GenerateSoundEffect extends ToolCommand {
        @Option(names = "--prompt", required = true, description = "What it sounds like, 1–4000 characters.")
        String prompt;

        @Option(names = "--duration", paramLabel = "SECONDS", description = "0.5–30 (default: picked from the prompt).")
        Double duration;

        @Option(
                names = "--influence",
                paramLabel = "X",
                description = "0–1, how literally to follow the prompt (default 0.3).")
        Double influence;

        @Override
        public Integer call() throws IOException {
            return Runs.start(
                    cli(),
                    new GenerateSoundEffectRequest(prompt, duration, influence, shared.numResults, shared.temporary),
                    wait);
        }
    }

    @Command(name = "generate-avatar", description = "Make a presenter video speaking an audio file.")
    static final class GenerateAvatar extends ToolCommand {
        @Option(
                names = "--presenter",
                required = true,
                paramLabel = "PRESENTER_ID",
                description = "A presenter of `videogen resources presenters`.")
        String presenter;

        @Option(
                names = "--audio",
                required = true,
                paramLabel = "FILE",
                description = "The speech (AUDIO id or local file).")
        String audio;

        @Mixin
        Watermark watermark;

        @Override
        public Integer call() throws IOException {
            return Runs.start(
                    cli(),
                    new GenerateAvatarRequest(
                            presenter,
                            file(audio, "--audio", FileType.AUDIO),
                            watermark.mode,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    @Command(name = "vectorize-image", description = "Trace an image to SVG.")
    static final class VectorizeImage extends ToolCommand {
        @Option(names = "--image", required = true, paramLabel = "FILE", description = "IMAGE id or local file.")
        String image;

        @Mixin
        Watermark watermark;

        @Override
        public Integer call() throws IOException {
            return Runs.start(
                    cli(),
                    new VectorizeImageRequest(
                            file(image, "--image", FileType.IMAGE),
                            watermark.mode,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    @Command(name = "remove-image-background", description = "Cut an image's subject out onto transparency (PNG).")
    static final class RemoveImageBackground extends ToolCommand {
        @Option(names = "--image", required = true, paramLabel = "FILE", description = "IMAGE id or local file.")
        String image;

        @Mixin
        Watermark watermark;

        @Override
        public Integer call() throws IOException {
            return Runs.start(
                    cli(),
                    new RemoveImageBackgroundRequest(
                            file(image, "--image", FileType.IMAGE),
                            watermark.mode,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    @Command(name = "remove-video-background", description = "Cut a video's subject out onto transparency (WebM).")
    static final class RemoveVideoBackground extends ToolCommand {
        @Option(names = "--video", required = true, paramLabel = "FILE", description = "VIDEO id or local file.")
        String video;

        @Mixin
        Watermark watermark;

        @Override
        public Integer call() throws IOException {
            return Runs.start(
                    cli(),
                    new RemoveVideoBackgroundRequest(
                            file(video, "--video", FileType.VIDEO),
                            watermark.mode,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    @Command(name = "upscale-image", description = "Enlarge an image.")
    static final class UpscaleImage extends ToolCommand {
        @Option(names = "--image", required = true, paramLabel = "FILE", description = "IMAGE id or local file.")
        String image;

        @Mixin
        Watermark watermark;

        @Override
        public Integer call() throws IOException {
            return Runs.start(
                    cli(),
                    new UpscaleImageRequest(
                            file(image, "--image", FileType.IMAGE),
                            watermark.mode,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    @Command(name = "upscale-video", description = "Enlarge a video.")
    static final class UpscaleVideo extends ToolCommand {
        @Option(names = "--video", required = true, paramLabel = "FILE", description = "VIDEO id or local file.")
        String video;

        @Mixin
        Watermark watermark;

        @Override
        public Integer call() throws IOException {
            return Runs.start(
                    cli(),
                    new UpscaleVideoRequest(
                            file(video, "--video", FileType.VIDEO),
                            watermark.mode,
                            shared.numResults,
                            shared.temporary),
                    wait);
        }
    }

    /** {@code 16:9} → an AspectRatio; anything else is a usage error. */
    static AspectRatio ratio(CommandSpec spec, String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split("[:x/]");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 1 && h >= 1) {
                    return new AspectRatio(w, h);
                }
            }
        } catch (NumberFormatException e) {
            // the usage error below says what is expected
        }
        throw new CommandLine.ParameterException(
                spec.commandLine(), "--aspect-ratio must be W:H with whole numbers ≥1, e.g. 16:9; was: " + value);
    }
}
