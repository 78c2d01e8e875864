package dev.framewright.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.engines.background.BackgroundRemovalTool;
import dev.framewright.engines.background.IsnetMatting;
import dev.framewright.engines.quality.Composites;
import dev.framewright.engines.quality.ImageQuality;
import dev.framewright.engines.upscale.Esrgan;
import dev.framewright.engines.upscale.Lanczos;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The reference-runtime comparisons of docs/benchmarks.md ("Transforms"): our ISNet and ESRGAN
 * engines side by side with the same models on their reference runtimes under Node.js
 * ({@code bench/reference}), alternating image by image in one run. {@code ./framewright bench
 * isnet-reference esrgan-reference} installs the Node packages first.
 */
final class ReferenceBench {
    private ReferenceBench() {}

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
                        + TransformBench.loadAverage() + ")");
        if (!isnet.probe().available()) {
            System.out.println("skipped: " + isnet.probe().reason());
            return;
        }
        if (!NodeScript.installed()) {
            return;
        }
        List<Composites.Case> all = Composites.build(
                TransformBench.DATA.resolve("foregrounds"), TransformBench.DATA.resolve("photos"), scratch);
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
            TransformBench.run(tool, first, scratch.resolve("warm-java"));
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
                Timed java = () -> javaOut[0] = TransformBench.run(tool, in, scratch.resolve("j-" + c.name()));
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
                    TransformBench.median(javaMs),
                    TransformBench.median(nodeMs),
                    sums[0] / n,
                    sums[1] / n,
                    sums[2] / n);
            System.out.println("load average at end: " + TransformBench.loadAverage());
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
                        + TransformBench.loadAverage() + ")");
        if (!esrgan.present()) {
            System.out.println("skipped: ESRGAN model absent (./framewright setup)");
            return;
        }
        if (!NodeScript.installed()) {
            return;
        }
        List<Path> all = TransformBench.list(TransformBench.DATA.resolve("photos"), ".png");
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
                    ImageQuality.psnr(TransformBench.shave(hr[i]), TransformBench.shave(j)),
                    ImageQuality.psnr(TransformBench.shave(hr[i]), TransformBench.shave(k)),
                    ImageQuality.ssim(TransformBench.shave(hr[i]), TransformBench.shave(j)),
                    ImageQuality.ssim(TransformBench.shave(hr[i]), TransformBench.shave(k)),
                    ImageQuality.psnr(TransformBench.shave(j), TransformBench.shave(k))
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
                    TransformBench.median(javaMs),
                    TransformBench.median(nodeMs),
                    sums[0] / n,
                    sums[1] / n,
                    sums[2] / n,
                    sums[3] / n,
                    sums[4] / n);
            System.out.println("load average at end: " + TransformBench.loadAverage());
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
}
