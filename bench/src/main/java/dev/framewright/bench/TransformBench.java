package dev.framewright.bench;

import dev.framewright.contract.FileType;
import dev.framewright.core.executions.Tool;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    static final Path DATA = Path.of("engines/src/test/resources/transforms");

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
        // columns: ESRGAN 1 pass, ESRGAN 4 passes (upscale-image-passes=4), Lanczos3
        double[] sums = new double[8];
        System.out.println("| photo | ESRGAN x4 PSNR | 4 passes PSNR | Lanczos3 x4 PSNR | ESRGAN SSIM | 4 passes SSIM"
                + " | Lanczos3 SSIM | ESRGAN ms | 4 passes ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Path p : photos) {
            BufferedImage original = ImageIO.read(p.toFile());
            BufferedImage lr = Lanczos.resize(original, original.getWidth() / 4, original.getHeight() / 4);
            BufferedImage hr = shave(original);
            long t0 = System.nanoTime();
            BufferedImage one = esrgan.upscale(lr, f -> {}, () -> false);
            long t1 = System.nanoTime();
            BufferedImage four = esrgan.upscale(lr, 4, f -> {}, () -> false);
            long t2 = System.nanoTime();
            BufferedImage lz = Lanczos.resize(lr, lr.getWidth() * 4, lr.getHeight() * 4);
            double[] m = {
                ImageQuality.psnr(hr, shave(one)),
                ImageQuality.psnr(hr, shave(four)),
                ImageQuality.psnr(hr, shave(lz)),
                ImageQuality.ssim(hr, shave(one)),
                ImageQuality.ssim(hr, shave(four)),
                ImageQuality.ssim(hr, shave(lz)),
                (t1 - t0) / 1e6,
                (t2 - t1) / 1e6
            };
            for (int i = 0; i < m.length; i++) {
                sums[i] += m[i];
            }
            System.out.println(row(p.getFileName().toString(), m));
        }
        int n = photos.size();
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= n;
        }
        System.out.println(row("**mean of " + n + "**", sums));
        System.out.printf(
                Locale.ROOT,
                "upscale-image x4: mean PSNR gain over Lanczos3 %.3f dB (1 pass), %.3f dB (4 passes)%n",
                sums[0] - sums[2],
                sums[1] - sums[2]);
    }

    private static String row(String name, double[] m) {
        return String.format(
                Locale.ROOT,
                "| %s | %.2f dB | %.2f dB | %.2f dB | %.4f | %.4f | %.4f | %.0f | %.0f |",
                name,
                m[0],
                m[1],
                m[2],
                m[3],
                m[4],
                m[5],
                m[6],
                m[7]);
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

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static BufferedImage shave(BufferedImage img) {
        return img.getSubimage(4, 4, img.getWidth() - 8, img.getHeight() - 8);
    }

    static Path run(Tool tool, Path input, Path dir) throws Exception {
        Files.createDirectories(dir);
        BenchRun ctx = new BenchRun(dir, "vg_exec_bench", 0).withInput("in", input, FileType.IMAGE, "image/png");
        ctx.input.put("imageStorageFileId", "in");
        return tool.run(ctx).file();
    }

    static List<Path> list(Path dir, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
