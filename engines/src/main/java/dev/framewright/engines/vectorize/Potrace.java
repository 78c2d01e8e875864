package dev.framewright.engines.vectorize;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One potrace pass: a bitmap (as a binary PBM file) in, the traced outline as SVG path data out, in
 * potrace's units (tenths of a pixel, y upwards: draw it under {@code translate(0,H) scale(.1,-.1)}).
 * Thread-safe (stateless apart from the configuration).
 */
final class Potrace {
    static final String PROGRAM = "potrace";

    /** Speckles up to this many pixels are dropped (potrace's own default). */
    static final int TURD_SIZE = 2;

    private static final Pattern PATH = Pattern.compile("<path d=\"([^\"]*)\"");

    private final Duration timeout;

    Potrace(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Traces the set pixels of {@code mask} ({@code width × height}, row-major).
     *
     * @return path data, empty when nothing survives the speckle filter
     */
    String trace(boolean[] mask, int width, int height, Path dir, String name, BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        Path pbm = dir.resolve(name + ".pbm");
        Path svg = dir.resolve(name + ".svg");
        try {
            writePbm(mask, width, height, pbm);
            Subprocess.of(List.of(
                            PROGRAM,
                            "--backend",
                            "svg",
                            "--flat",
                            "--turdsize",
                            String.valueOf(TURD_SIZE),
                            "--output",
                            svg.getFileName().toString(),
                            pbm.getFileName().toString()))
                    .workingDir(dir)
                    .timeout(timeout)
                    .cancelledWhen(cancelled)
                    .run();
            return pathData(Files.readString(svg, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "A colour layer could not be traced", true, e);
        } finally {
            deleteQuietly(pbm);
            deleteQuietly(svg);
        }
    }

    /** The {@code d} of potrace's single flat path, whitespace collapsed; empty if it drew none. */
    static String pathData(String potraceSvg) {
        Matcher m = PATH.matcher(potraceSvg);
        StringBuilder d = new StringBuilder();
        while (m.find()) {
            if (!d.isEmpty()) {
                d.append(' ');
            }
            d.append(m.group(1).trim().replaceAll("\\s+", " "));
        }
        return d.toString();
    }

    /** Binary PBM (P4): rows of bits, most significant first, 1 = black = traced. */
    static void writePbm(boolean[] mask, int width, int height, Path file) throws IOException {
        int rowBytes = (width + 7) / 8;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("P4\n" + width + " " + height + "\n").getBytes(StandardCharsets.US_ASCII));
            byte[] row = new byte[rowBytes];
            for (int y = 0; y < height; y++) {
                java.util.Arrays.fill(row, (byte) 0);
                for (int x = 0; x < width; x++) {
                    if (mask[y * width + x]) {
                        row[x >> 3] |= (byte) (0x80 >>> (x & 7));
                    }
                }
                out.write(row);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the scratch folder is deleted after the run anyway
        }
    }
}
