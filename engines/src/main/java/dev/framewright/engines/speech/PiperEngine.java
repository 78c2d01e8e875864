package dev.framewright.engines.speech;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.audio.WavFile;
import dev.framewright.engines.onnx.OnnxModel;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User-supplied Piper voices: each {@code NAME.onnx} with its {@code NAME.onnx.json} in the voices
 * folder (never downloaded). Text is phonemized as Piper does ({@link PiperPhonemes}, eSpeak NG in
 * IPA), each sentence run through the voice's VITS model with ONNX Runtime (inputs {@code input},
 * {@code input_lengths}, {@code scales} = noise, length / speed, noise_w, and {@code sid} for
 * multi-speaker models), and the audio peak-normalised as Piper does. Speed is applied through the
 * length scale. One shared session per model, loaded on first use. Thread-safe.
 */
public final class PiperEngine implements SpeechEngine {
    static final String NAME = "piper";
    private static final Logger log = LoggerFactory.getLogger(PiperEngine.class);
    private static final String LICENSE = "user-supplied Piper voices, each under its own licence; phonemes by"
            + " eSpeak NG (GPL-3.0-or-later); ONNX Runtime (MIT)";

    private final Path dir;
    private final Duration timeout;
    private final Map<String, Model> models = new ConcurrentHashMap<>();

    private record Model(String name, PiperVoiceConfig config, OnnxModel onnx) {}

    /** @param voicesDir the folder of {@code .onnx} and {@code .onnx.json} files; it need not exist */
    public PiperEngine(Path voicesDir, Duration timeout) {
        this.dir = voicesDir;
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
        if (!Files.isDirectory(dir)) {
            return Discovery.none();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".onnx"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.warn("piper voices folder {} cannot be read: {}", dir, e.getMessage());
            return Discovery.none();
        }
        List<SpeechVoice> voices = new ArrayList<>();
        Map<String, Boolean> espeakVoices = new HashMap<>();
        for (Path onnx : files) {
            String file = onnx.getFileName().toString();
            String name = file.substring(0, file.length() - ".onnx".length());
            Path json = onnx.resolveSibling(file + ".json");
            PiperVoiceConfig config;
            try {
                config = PiperVoiceConfig.parse(Files.readString(json, StandardCharsets.UTF_8));
            } catch (IOException e) {
                log.warn("piper voice {} skipped: {}.json cannot be read", file, file);
                continue;
            } catch (IllegalArgumentException e) {
                log.warn("piper voice {} skipped: {}.json: {}", file, file, e.getMessage());
                continue;
            }
            if (config.phonemeType().equals(PiperVoiceConfig.ESPEAK)
                    && !espeakVoices.computeIfAbsent(config.espeakVoice(), PiperEngine::espeakSpeaks)) {
                log.warn(
                        "piper voice {} skipped: espeak-ng is not installed or has no voice '{}'",
                        file,
                        config.espeakVoice());
                continue;
            }
            models.put(name, new Model(name, config, new OnnxModel(onnx)));
            voices.addAll(PiperVoices.of(name, config));
        }
        return voices.isEmpty() ? Discovery.none() : new Discovery(null, LICENSE, voices);
    }

    private static boolean espeakSpeaks(String voice) {
        return Programs.installed("espeak-ng")
                && !Programs.lines(List.of("espeak-ng", "-q", "--ipa", "-v", voice, "a"))
                        .isEmpty();
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
        Model model = models.get(PiperVoices.model(voice.engineVoice()));
        if (model == null) {
            throw new ToolFailure(ErrorCode.ENGINE_UNAVAILABLE, "This Piper voice is no longer installed");
        }
        PiperVoiceConfig c = model.config();
        Long speaker = c.numSpeakers() > 1 ? PiperVoices.speaker(voice.engineVoice()) : null;
        float[] scales = {c.noiseScale(), (float) (c.lengthScale() / speed), c.noiseW()};
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<List<Integer>> sentences = phonemize(c, parts.get(i), dir, cancelled);
            Path wav = dir.resolve("part-" + i + ".wav");
            try (WavFile.Writer w = WavFile.writer(wav, c.sampleRate())) {
                for (List<Integer> sentence : sentences) {
                    if (cancelled.getAsBoolean()) {
                        throw new ToolFailure(ErrorCode.ENGINE_FAILED, "piper was stopped: the run was cancelled");
                    }
                    w.append(normalized(infer(model, PiperPhonemes.ids(sentence, c.idMap()), scales, speaker)));
                }
            } catch (IOException e) {
                throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The speech could not be written", true, e);
            }
            out.add(new Part(wav, List.of(), true));
            partDone.accept(i);
        }
        return out;
    }

    /** The sentences of a part as phoneme codepoints (eSpeak NG, clause by clause, or the text itself). */
    private List<List<Integer>> phonemize(PiperVoiceConfig c, String text, Path work, BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        if (c.phonemeType().equals(PiperVoiceConfig.TEXT)) {
            return List.of(PiperPhonemes.codepoints(text));
        }
        List<PiperPhonemes.Clause> clauses = PiperPhonemes.clauses(text);
        List<List<String>> ipa = new ArrayList<>();
        for (PiperPhonemes.Clause clause : clauses) {
            ipa.add(clause.speakable() ? espeak(c.espeakVoice(), clause.text(), work, cancelled) : List.of());
        }
        List<List<Integer>> sentences = PiperPhonemes.sentences(clauses, ipa);
        return sentences.isEmpty() ? List.of(List.of()) : sentences;
    }

    /** eSpeak NG's IPA lines for one clause, the text given on stdin. */
    private List<String> espeak(String voice, String text, Path work, BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        List<String> lines = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Subprocess.of("espeak-ng", "-q", "-b", "1", "--ipa", "-v", voice)
                .workingDir(work)
                .timeout(timeout)
                .cancelledWhen(cancelled)
                .stdinFrom(stdin -> stdin.write(bytes))
                .onStdoutLine(line -> {
                    synchronized (lines) {
                        if (!line.isBlank()) {
                            lines.add(line);
                        }
                    }
                })
                .run();
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** One sentence's audio: the model's float output ({@code [1, 1, T]} or {@code [1, T]}), flattened. */
    private static float[] infer(Model model, long[] ids, float[] scales, Long speaker) throws ToolFailure {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            OrtSession session = model.onnx().session();
            inputs.put("input", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {1, ids.length}));
            inputs.put("input_lengths", OnnxTensor.createTensor(env, new long[] {ids.length}));
            inputs.put("scales", OnnxTensor.createTensor(env, FloatBuffer.wrap(scales), new long[] {3}));
            if (speaker != null) {
                inputs.put("sid", OnnxTensor.createTensor(env, new long[] {speaker}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxValue first = result.get(0);
                if (!(first instanceof OnnxTensor audio)) {
                    throw new OrtException("the model's output is not a tensor");
                }
                FloatBuffer buffer = audio.getFloatBuffer();
                if (buffer == null) {
                    throw new OrtException("the model's output is not float32");
                }
                float[] samples = new float[buffer.remaining()];
                buffer.get(samples);
                return samples;
            }
        } catch (OrtException e) {
            log.warn("piper voice {} failed: {}", model.name(), e.getMessage());
            throw ToolFailure.engineFailed("The Piper voice " + model.name() + " could not be run");
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Piper's {@code audio_float_to_int16} scaling: peak to full scale (gain at most 100), then clipped. */
    static float[] normalized(float[] audio) {
        float peak = 0.01f;
        for (float v : audio) {
            peak = Math.max(peak, Math.abs(v));
        }
        float[] out = new float[audio.length];
        for (int i = 0; i < audio.length; i++) {
            out[i] = Math.clamp(audio[i] / peak, -1f, 1f);
        }
        return out;
    }
}
