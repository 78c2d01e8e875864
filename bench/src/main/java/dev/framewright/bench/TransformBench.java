package dev.framewright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.files.FileRecord;
import dev.framewright.engines.background.BackgroundRemovalTool;
import dev.framewright.engines.background.BorderFloodMatting;
import dev.framewright.engines.background.IsnetMatting;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.quality.Composites;
import dev.framewright.engines.quality.FlatArt;
import dev.framewright.engines.quality.ImageQuality;
import dev.framewright.engines.upscale.Esrgan;
import dev.framewright.engines.upscale.Lanczos;
import dev.framewright.engines.vectorize.PotraceVectorizeTool;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The "Transforms" section of docs/benchmarks.md: each image tool on the fixed inputs of {@code
 * engines/src/test/resources/transforms} and Java2D drawings, with its quality measure. Run from the
 * repository root ({@code ./framewright bench transforms}); models from {@code FRAMEWRIGHT_MODELS_DIR}
 * or {@code ./models}.
 */
final class TransformBench {
    private static final Path DATA = Path.of("engines/src/test/resources/transforms");

    private TransformBench() {}

    public static void main(String[] args) throws Exception {
        Path models = Path.of(System.getenv().getOrDefault("FRAMEWRIGHT_MODELS_DIR", "models"));
        Path scratch = Files.createTempDirectory("framewright-transforms");
        System.out.println("\nTransforms (load average at start: " + loadAverage() + ")");
        vectorize(scratch);
        upscale(models);
        backgrounds(models, scratch);
    }

    private static void vectorize(Path scratch) throws Exception {
        PotraceVectorizeTool tool = new PotraceVectorizeTool(Duration.ofMinutes(5));
        double ssim = 0;
        long svg = 0;
        long png = 0;
        long nanos = 0;
        Map<String, BufferedImage> all = FlatArt.all();
        for (Map.Entry<String, BufferedImage> art : all.entrySet()) {
            Path in = scratch.resolve(art.getKey() + ".png");
            ImageIO.write(art.getValue(), "png", in.toFile());
            long t0 = System.nanoTime();
            Path out = run(tool, in, scratch.resolve("v-" + art.getKey()));
            nanos += System.nanoTime() - t0;
            Path back = scratch.resolve(art.getKey() + ".back.png");
            Subprocess.of("rsvg-convert", "--output", back.toString(), out.toString())
                    .run();
            ssim += ImageQuality.ssim(art.getValue(), ImageIO.read(back.toFile()));
            svg += Files.size(out);
            png += Files.size(in);
        }
        // potrace alone on the line-art image, as a PBM (the direct path's single pass)
        Path pbm = scratch.resolve("line.pbm");
        Subprocess.of(
                        "ffmpeg",
                        "-v",
                        "error",
                        "-y",
                        "-i",
                        scratch.resolve("line-art-curves.png").toString(),
                        "-pix_fmt",
                        "monob",
                        pbm.toString())
                .run();
        long t0 = System.nanoTime();
        Subprocess.of(
                        "potrace",
                        "--backend",
                        "svg",
                        "--output",
                        scratch.resolve("line.svg").toString(),
                        pbm.toString())
                .run();
        long potraceAlone = System.nanoTime() - t0;
        System.out.printf(
                Locale.ROOT,
                "vectorize-image: %d flat images 320x240, mean %.0f ms each, mean SSIM (rsvg-convert back) %.4f,"
                        + " SVG %d B vs PNG %d B in all; potrace alone on one b/w PBM: %.0f ms%n",
                all.size(),
                nanos / 1e6 / all.size(),
                ssim / all.size(),
                svg,
                png,
                potraceAlone / 1e6);
    }

    private static void upscale(Path models) throws Exception {
        Esrgan esrgan = new Esrgan(models);
        if (!esrgan.present()) {
            System.out.println("upscale-image: ESRGAN model absent (./framewright setup); skipped");
            return;
        }
        List<Path> photos = list(DATA.resolve("photos"), ".png");
        double[] sums = new double[6];
        System.out.println("| photo | ESRGAN x4 PSNR | Lanczos3 x4 PSNR | ESRGAN SSIM | Lanczos3 SSIM | ESRGAN ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (Path p : photos) {
            BufferedImage hr = ImageIO.read(p.toFile());
            BufferedImage lr = Lanczos.resize(hr, hr.getWidth() / 4, hr.getHeight() / 4);
            long t0 = System.nanoTime();
            BufferedImage ai = esrgan.upscale(lr, f -> {}, () -> false);
            double ms = (System.nanoTime() - t0) / 1e6;
            BufferedImage lz = Lanczos.resize(lr, hr.getWidth(), hr.getHeight());
            double[] m = {
                ImageQuality.psnr(shave(hr), shave(ai)),
                ImageQuality.psnr(shave(hr), shave(lz)),
                ImageQuality.ssim(shave(hr), shave(ai)),
                ImageQuality.ssim(shave(hr), shave(lz)),
                ms
            };
            for (int i = 0; i < m.length; i++) {
                sums[i] += m[i];
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f dB | %.2f dB | %.4f | %.4f | %.0f |%n",
                    p.getFileName(),
                    m[0],
                    m[1],
                    m[2],
                    m[3],
                    m[4]);
        }
        int n = photos.size();
        System.out.printf(
                Locale.ROOT,
                "| **mean of %d** | %.2f dB | %.2f dB | %.4f | %.4f | %.0f |%n",
                n,
                sums[0] / n,
                sums[1] / n,
                sums[2] / n,
                sums[3] / n,
                sums[4] / n);
    }

    private static void backgrounds(Path models, Path scratch) throws Exception {
        List<Composites.Case> cases = Composites.build(DATA.resolve("foregrounds"), DATA.resolve("photos"), scratch);
        for (var engine : List.of(new IsnetMatting(models), new BorderFloodMatting())) {
            if (!engine.probe().available()) {
                System.out.println("remove-image-background " + engine.probe().engine() + ": "
                        + engine.probe().reason());
                continue;
            }
            BackgroundRemovalTool tool = new BackgroundRemovalTool(engine);
            double iou = 0;
            double worst = 1;
            long nanos = 0;
            for (Composites.Case c : cases) {
                Path in = scratch.resolve("c-" + c.name() + ".png");
                ImageIO.write(c.image(), "png", in.toFile());
                long t0 = System.nanoTime();
                Path out = run(tool, in, scratch.resolve("b-" + engine.probe().engine() + c.name()));
                nanos += System.nanoTime() - t0;
                double v = ImageQuality.alphaIou(ImageIO.read(out.toFile()), c.truth());
                iou += v;
                worst = Math.min(worst, v);
            }
            System.out.printf(
                    Locale.ROOT,
                    "remove-image-background %s: %d composites 320x320, mean IoU %.4f (worst %.3f), mean %.0f ms"
                            + " each (first includes model load)%n",
                    engine.probe().engine(),
                    cases.size(),
                    iou / cases.size(),
                    worst,
                    nanos / 1e6 / cases.size());
        }
    }

    /**
     * ISNet side by side with its reference runtime: Framewright's engine (ONNX Runtime Java) and IMG.LY's
     * Node package ({@code bench/reference/isnet-node.mjs}, ONNX Runtime for Node, the same fp16 model
     * bytes) on the same composites, alternating image by image in one run after one warm-up each (model
     * load). Both are timed from reading the PNG to writing the cut-out PNG. {@code bench.referenceImages}
     * (5) composites: every third of the 20, so photo and drawn backgrounds alternate.
     */
    static void isnetReference() throws Exception {
        Path models = Path.of(System.getenv().getOrDefault("FRAMEWRIGHT_MODELS_DIR", "models"));
        Path scratch = Files.createTempDirectory("framewright-isnet-reference");
        IsnetMatting isnet = new IsnetMatting(models);
        System.out.println(
                "\nISNet, Framewright (Java) vs IMG.LY @imgly/background-removal-node (load average at start: "
                        + loadAverage() + ")");
        if (!isnet.probe().available()) {
            System.out.println("skipped: " + isnet.probe().reason());
            return;
        }
        if (!NodeScript.installed()) {
            return;
        }
        List<Composites.Case> all = Composites.build(DATA.resolve("foregrounds"), DATA.resolve("photos"), scratch);
        int n = Math.min(Integer.getInteger("bench.referenceImages", 5), all.size());
        List<Composites.Case> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(all.get((i * 3) % all.size()));
        }
        BackgroundRemovalTool tool = new BackgroundRemovalTool(isnet);
        try (NodeScript node = NodeScript.start("isnet-node.mjs")) {
            Path first = scratch.resolve("warm.png");
            ImageIO.write(cases.get(0).image(), "png", first.toFile());
            long t0 = System.nanoTime();
            run(tool, first, scratch.resolve("warm-java"));
            double javaWarm = (System.nanoTime() - t0) / 1e6;
            double nodeWarm = node.run(first, scratch.resolve("warm-node.png"));
            System.out.printf(
                    Locale.ROOT,
                    "warm-up (model load + first image): Java %.0f ms, Node %.0f ms%n",
                    javaWarm,
                    nodeWarm);
            System.out.println("| composite | Java ms | Node ms | Java IoU | Node IoU | IoU Java vs Node masks |");
            System.out.println("|---|---|---|---|---|---|");
            double[] javaMs = new double[n];
            double[] nodeMs = new double[n];
            double[] sums = new double[3];
            for (int i = 0; i < n; i++) {
                Composites.Case c = cases.get(i);
                Path in = scratch.resolve("r-" + c.name() + ".png");
                ImageIO.write(c.image(), "png", in.toFile());
                Path nodeOut = scratch.resolve("n-" + c.name() + ".png");
                Path[] javaOut = new Path[1];
                Timed java = () -> javaOut[0] = run(tool, in, scratch.resolve("j-" + c.name()));
                // alternate which runtime goes first, so a load change hits both alike
                if (i % 2 == 0) {
                    javaMs[i] = java.ms();
                    nodeMs[i] = node.run(in, nodeOut);
                } else {
                    nodeMs[i] = node.run(in, nodeOut);
                    javaMs[i] = java.ms();
                }
                BufferedImage j = ImageIO.read(javaOut[0].toFile());
                BufferedImage k = ImageIO.read(nodeOut.toFile());
                double[] m = {
                    ImageQuality.alphaIou(j, c.truth()),
                    ImageQuality.alphaIou(k, c.truth()),
                    ImageQuality.alphaIou(j, k)
                };
                for (int x = 0; x < m.length; x++) {
                    sums[x] += m[x];
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %.0f | %.0f | %.4f | %.4f | %.4f |%n",
                        c.name(),
                        javaMs[i],
                        nodeMs[i],
                        m[0],
                        m[1],
                        m[2]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "| **median / mean of %d** | %.0f | %.0f | %.4f | %.4f | %.4f |%n",
                    n,
                    median(javaMs),
                    median(nodeMs),
                    sums[0] / n,
                    sums[1] / n,
                    sums[2] / n);
            System.out.println("load average at end: " + loadAverage());
        }
    }

    /**
     * ESRGAN thick ×4 side by side with its reference runtime: Framewright's converted ONNX model (ONNX
     * Runtime Java) and UpscalerJS with the original TF.js model ({@code bench/reference/esrgan-node.cjs},
     * TensorFlow.js WebAssembly backend), on the same Lanczos3-downsampled photos, alternating image by
     * image after one warm-up each. Both are timed from reading the low-resolution PNG to writing the ×4
     * PNG; PSNR and SSIM against the original as in {@link #upscale}. {@code bench.referenceImages} (5)
     * photos: every other one of the 12.
     */
    static void esrganReference() throws Exception {
        Path models = Path.of(System.getenv().getOrDefault("FRAMEWRIGHT_MODELS_DIR", "models"));
        Path scratch = Files.createTempDirectory("framewright-esrgan-reference");
        Esrgan esrgan = new Esrgan(models);
        System.out.println(
                "\nESRGAN thick x4, Framewright (ONNX Runtime Java) vs UpscalerJS (TF.js wasm) (load average at start: "
                        + loadAverage() + ")");
        if (!esrgan.present()) {
            System.out.println("skipped: ESRGAN model absent (./framewright setup)");
            return;
        }
        if (!NodeScript.installed()) {
            return;
        }
        List<Path> all = list(DATA.resolve("photos"), ".png");
        int n = Math.min(Integer.getInteger("bench.referenceImages", 5), all.size());
        try (NodeScript node = NodeScript.start("esrgan-node.cjs")) {
            Path[] lr = new Path[n];
            BufferedImage[] hr = new BufferedImage[n];
            for (int i = 0; i < n; i++) {
                Path p = all.get((i * 2) % all.size());
                hr[i] = ImageIO.read(p.toFile());
                lr[i] = scratch.resolve("lr-" + p.getFileName());
                ImageIO.write(
                        Lanczos.resize(hr[i], hr[i].getWidth() / 4, hr[i].getHeight() / 4), "png", lr[i].toFile());
            }
            Timed javaWarm = () -> javaUpscale(esrgan, lr[0], scratch.resolve("warm-java.png"));
            double jw = javaWarm.ms();
            double nw = node.run(lr[0], scratch.resolve("warm-node.png"));
            System.out.printf(Locale.ROOT, "warm-up (model load + first image): Java %.0f ms, Node %.0f ms%n", jw, nw);
            System.out.println("| photo | Java ms | Node ms | Java PSNR | Node PSNR | Java SSIM | Node SSIM |"
                    + " PSNR Java vs Node |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            double[] javaMs = new double[n];
            double[] nodeMs = new double[n];
            double[] sums = new double[5];
            for (int i = 0; i < n; i++) {
                Path javaOut = scratch.resolve("j-" + lr[i].getFileName());
                Path nodeOut = scratch.resolve("n-" + lr[i].getFileName());
                Path in = lr[i];
                Timed java = () -> javaUpscale(esrgan, in, javaOut);
                if (i % 2 == 0) {
                    javaMs[i] = java.ms();
                    nodeMs[i] = node.run(in, nodeOut);
                } else {
                    nodeMs[i] = node.run(in, nodeOut);
                    javaMs[i] = java.ms();
                }
                BufferedImage j = ImageIO.read(javaOut.toFile());
                BufferedImage k = ImageIO.read(nodeOut.toFile());
                double[] m = {
                    ImageQuality.psnr(shave(hr[i]), shave(j)),
                    ImageQuality.psnr(shave(hr[i]), shave(k)),
                    ImageQuality.ssim(shave(hr[i]), shave(j)),
                    ImageQuality.ssim(shave(hr[i]), shave(k)),
                    ImageQuality.psnr(shave(j), shave(k))
                };
                for (int x = 0; x < m.length; x++) {
                    sums[x] += m[x];
                }
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %.0f | %.0f | %.2f dB | %.2f dB | %.4f | %.4f | %.1f dB |%n",
                        lr[i].getFileName().toString().substring(3),
                        javaMs[i],
                        nodeMs[i],
                        m[0],
                        m[1],
                        m[2],
                        m[3],
                        m[4]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "| **median / mean of %d** | %.0f | %.0f | %.2f dB | %.2f dB | %.4f | %.4f | %.1f dB |%n",
                    n,
                    median(javaMs),
                    median(nodeMs),
                    sums[0] / n,
                    sums[1] / n,
                    sums[2] / n,
                    sums[3] / n,
                    sums[4] / n);
            System.out.println("load average at end: " + loadAverage());
        }
    }

    private static void javaUpscale(Esrgan esrgan, Path in, Path out) throws Exception {
        BufferedImage sr = esrgan.upscale(ImageIO.read(in.toFile()), f -> {}, () -> false);
        ImageIO.write(sr, "png", out.toFile());
    }

    /** A piece of work timed in milliseconds. */
    @FunctionalInterface
    private interface Timed {
        void call() throws Exception;

        default double ms() throws Exception {
            long t0 = System.nanoTime();
            call();
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /**
     * A script of {@code bench/reference} run by Node.js as one long-lived process (its model loads once):
     * one JSON line {@code {"in", "out"}} in, one line {@code {"ms"}} or {@code {"error"}} out.
     */
    private static final class NodeScript implements AutoCloseable {
        private static final Path DIR = Path.of("bench/reference").toAbsolutePath();
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Process process;
        private final PrintWriter to;
        private final BufferedReader from;

        private NodeScript(Process process) {
            this.process = process;
            this.to = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            this.from = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static boolean installed() {
            if (Files.isDirectory(DIR.resolve("node_modules/@imgly/background-removal-node"))
                    && Files.isDirectory(DIR.resolve("node_modules/upscaler"))) {
                return true;
            }
            System.out.println("skipped: bench/reference/node_modules absent or stale (./framewright bench"
                    + " isnet-reference or esrgan-reference installs it)");
            return false;
        }

        static NodeScript start(String script) throws IOException {
            return new NodeScript(new ProcessBuilder("node", DIR.resolve(script).toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        }

        double run(Path in, Path out) throws IOException {
            to.println(JSON.writeValueAsString(Map.of("in", in.toString(), "out", out.toString())));
            String line = from.readLine();
            if (line == null) {
                throw new IOException("node script ended");
            }
            JsonNode reply = JSON.readTree(line);
            if (reply.has("error")) {
                throw new IOException("node script: " + reply.get("error").asText());
            }
            return reply.get("ms").asDouble();
        }

        @Override
        public void close() throws InterruptedException {
            to.close();
            process.destroy();
            process.waitFor();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static BufferedImage shave(BufferedImage img) {
        return img.getSubimage(4, 4, img.getWidth() - 8, img.getHeight() - 8);
    }

    private static Path run(Tool tool, Path input, Path dir) throws Exception {
        Files.createDirectories(dir);
        return tool.run(new Context(input, dir)).file();
    }

    private static List<Path> list(Path dir, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    /** One run's context over a local file. */
    private record Context(Path source, Path dir) implements ToolContext {
        @Override
        public ObjectNode input() {
            return JsonNodeFactory.instance.objectNode().put("imageStorageFileId", "in");
        }

        @Override
        public int resultIndex() {
            return 0;
        }

        @Override
        public int numResults() {
            return 1;
        }

        @Override
        public FileRecord inputFile(String fileId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path inputPath(String fileId) {
            return source;
        }

        @Override
        public Path scratchDir() {
            return dir;
        }

        @Override
        public void progress(double fraction) {}

        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public boolean watermark() {
            return false;
        }
    }
}
