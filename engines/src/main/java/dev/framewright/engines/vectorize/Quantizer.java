package dev.framewright.engines.vectorize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Colour quantization that picks its palette size from the image. Opaque pixels go into a
 * histogram of 15-bit colours (5 bits a channel, exact 8-bit sums kept per bin). Seeds are the
 * most common bins that hold at least {@value #MIN_SHARE} of the pixels and lie farther than
 * {@value #SEED_DISTANCE} (8-bit RGB units) from every earlier seed, so the anti-aliased fringe of
 * flat art (many rare in-between colours) adds no colours while a photo reaches the cap. A few
 * weighted k-means passes over the bins then settle the palette. Stateless and thread-safe.
 */
final class Quantizer {
    /** Pixels with less alpha than this are transparent: in no colour layer. */
    static final int OPAQUE_ALPHA = 128;

    static final double MIN_SHARE = 0.002;
    static final int SEED_DISTANCE = 40;
    static final double MAX_UNEXPLAINED = 0.03;
    private static final int KMEANS_PASSES = 8;
    private static final int BINS = 1 << 15;

    private Quantizer() {}

    /**
     * The quantized image.
     *
     * @param palette RGB colours, most common first
     * @param index per pixel, the palette index, or -1 where transparent
     * @param counts pixels per palette colour
     */
    record Result(int[] palette, int[] index, int[] counts) {
        int colours() {
            return palette.length;
        }
    }

    /** Quantizes {@code argb} (row-major, non-premultiplied) to at most {@code maxColours}. */
    static Result quantize(int[] argb, int maxColours) {
        if (maxColours < 1) {
            throw new IllegalArgumentException("maxColours must be at least 1, got " + maxColours);
        }
        Histogram h = Histogram.of(argb);
        if (h.opaque == 0) {
            int[] index = new int[argb.length];
            Arrays.fill(index, -1);
            return new Result(new int[0], index, new int[0]);
        }
        double[][] centres = seeds(h, maxColours);
        for (int pass = 0; pass < KMEANS_PASSES; pass++) {
            centres = refine(h, centres);
        }
        int[] binToCentre = nearestPerBin(h, centres);
        int[] counts = new int[centres.length];
        for (int bin : h.used) {
            counts[binToCentre[bin]] += h.count[bin];
        }
        // most common first; empty centres dropped
        Integer[] order = IntStream.range(0, centres.length)
                .filter(i -> counts[i] > 0)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -counts[i]))
                .toArray(Integer[]::new);
        int[] rank = new int[centres.length];
        int[] palette = new int[order.length];
        int[] sortedCounts = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            double[] c = centres[order[r]];
            palette[r] = rgb(c[0], c[1], c[2]);
            sortedCounts[r] = counts[order[r]];
        }
        int[] index = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            index[i] = (p >>> 24) < OPAQUE_ALPHA ? -1 : rank[binToCentre[Histogram.bin(p)]];
        }
        return new Result(palette, index, sortedCounts);
    }

    private static double[][] seeds(Histogram h, int maxColours) {
        Integer[] byCount = Arrays.stream(h.used).boxed().toArray(Integer[]::new);
        Arrays.sort(byCount, Comparator.comparingInt((Integer b) -> -h.count[b]));
        long minCount = Math.max(1, (long) Math.ceil(h.opaque * MIN_SHARE));
        List<double[]> seeds = new ArrayList<>();
        for (int bin : byCount) {
            if (seeds.size() == maxColours || (h.count[bin] < minCount && !seeds.isEmpty())) {
                break;
            }
            double[] mean = h.mean(bin);
            if (seeds.stream().allMatch(s -> distance2(s, mean) > SEED_DISTANCE * SEED_DISTANCE)) {
                seeds.add(mean);
            }
        }
        addFarthest(h, seeds, maxColours);
        return seeds.toArray(double[][]::new);
    }

    /**
     * Photos and gradients spread over many rare bins that no seed explains: while more than
     * {@value #MAX_UNEXPLAINED} of the pixels lie farther than {@value #SEED_DISTANCE} from every
     * seed, the bin that weighs most (count × squared distance) becomes a seed too.
     */
    private static void addFarthest(Histogram h, List<double[]> seeds, int maxColours) {
        double far = (double) SEED_DISTANCE * SEED_DISTANCE;
        while (seeds.size() < maxColours) {
            long unexplained = 0;
            int worst = -1;
            double worstWeight = 0;
            for (int bin : h.used) {
                double[] mean = h.mean(bin);
                double d = seeds.stream()
                        .mapToDouble(s -> distance2(s, mean))
                        .min()
                        .orElse(Double.MAX_VALUE);
                if (d > far) {
                    unexplained += h.count[bin];
                }
                if (d * h.count[bin] > worstWeight) {
                    worstWeight = d * h.count[bin];
                    worst = bin;
                }
            }
            if (worst < 0 || unexplained <= MAX_UNEXPLAINED * h.opaque) {
                return;
            }
            seeds.add(h.mean(worst));
        }
    }

    private static double[][] refine(Histogram h, double[][] centres) {
        int[] nearest = nearestPerBin(h, centres);
        double[][] sums = new double[centres.length][4];
        for (int bin : h.used) {
            double[] s = sums[nearest[bin]];
            s[0] += h.sum[bin * 3];
            s[1] += h.sum[bin * 3 + 1];
            s[2] += h.sum[bin * 3 + 2];
            s[3] += h.count[bin];
        }
        double[][] next = new double[centres.length][];
        for (int c = 0; c < centres.length; c++) {
            double n = sums[c][3];
            next[c] = n == 0 ? centres[c] : new double[] {sums[c][0] / n, sums[c][1] / n, sums[c][2] / n};
        }
        return next;
    }

    private static int[] nearestPerBin(Histogram h, double[][] centres) {
        int[] nearest = new int[BINS];
        for (int bin : h.used) {
            double[] mean = h.mean(bin);
            int best = 0;
            double bestD = Double.MAX_VALUE;
            for (int c = 0; c < centres.length; c++) {
                double d = distance2(centres[c], mean);
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            nearest[bin] = best;
        }
        return nearest;
    }

    /** Squared distance with the usual perceptual channel weights (green counts most). */
    static double distance2(double[] a, double[] b) {
        double dr = a[0] - b[0];
        double dg = a[1] - b[1];
        double db = a[2] - b[2];
        return 0.30 * dr * dr + 0.59 * dg * dg + 0.11 * db * db;
    }

    private static int rgb(double r, double g, double b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Counts and exact channel sums of opaque pixels per 15-bit colour bin. */
    private static final class Histogram {
        final int[] count = new int[BINS];
        final long[] sum = new long[BINS * 3];
        int[] used;
        long opaque;

        static int bin(int argb) {
            return ((argb >> 9) & 0x7C00) | ((argb >> 6) & 0x3E0) | ((argb >> 3) & 0x1F);
        }

        static Histogram of(int[] argb) {
            Histogram h = new Histogram();
            for (int p : argb) {
                if ((p >>> 24) >= OPAQUE_ALPHA) {
                    int b = bin(p);
                    h.count[b]++;
                    h.sum[b * 3] += (p >> 16) & 0xFF;
                    h.sum[b * 3 + 1] += (p >> 8) & 0xFF;
                    h.sum[b * 3 + 2] += p & 0xFF;
                    h.opaque++;
                }
            }
            h.used = IntStream.range(0, BINS).filter(b -> h.count[b] > 0).toArray();
            return h;
        }

        double[] mean(int bin) {
            double n = count[bin];
            return new double[] {sum[bin * 3] / n, sum[bin * 3 + 1] / n, sum[bin * 3 + 2] / n};
        }
    }
}
