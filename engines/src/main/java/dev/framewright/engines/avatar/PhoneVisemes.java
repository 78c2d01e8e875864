package dev.framewright.engines.avatar;

import java.util.List;
import java.util.Map;

/** Mouth targets (open, wide, round) of ARPAbet/Festival phones, and a per-frame track from timings. */
final class PhoneVisemes {
    private static final double[] REST = {0, 0, 0};
    private static final Map<String, double[]> TABLE = Map.ofEntries(
            // open vowels
            Map.entry("aa", v(0.95, 0.2, 0)),
            Map.entry("ah", v(0.75, 0.2, 0)),
            Map.entry("ae", v(0.8, 0.5, 0)),
            Map.entry("ay", v(0.85, 0.4, 0)),
            Map.entry("aw", v(0.8, 0, 0.5)),
            Map.entry("ax", v(0.5, 0.2, 0)),
            // spread vowels
            Map.entry("iy", v(0.3, 1, 0)),
            Map.entry("ih", v(0.4, 0.8, 0)),
            Map.entry("ey", v(0.5, 0.8, 0)),
            Map.entry("eh", v(0.6, 0.6, 0)),
            Map.entry("y", v(0.25, 0.8, 0)),
            // rounded vowels and glides
            Map.entry("uw", v(0.3, 0, 1)),
            Map.entry("uh", v(0.4, 0, 0.7)),
            Map.entry("ow", v(0.55, 0, 0.9)),
            Map.entry("ao", v(0.7, 0, 0.7)),
            Map.entry("oy", v(0.6, 0.2, 0.7)),
            Map.entry("w", v(0.2, 0, 1)),
            Map.entry("er", v(0.4, 0.1, 0.5)),
            Map.entry("r", v(0.3, 0, 0.5)),
            // closed lips
            Map.entry("m", v(0, 0, 0)),
            Map.entry("b", v(0, 0, 0)),
            Map.entry("p", v(0, 0, 0)),
            // lip-teeth and teeth
            Map.entry("f", v(0.1, 0.4, 0)),
            Map.entry("v", v(0.1, 0.4, 0)),
            Map.entry("th", v(0.2, 0.4, 0)),
            Map.entry("dh", v(0.2, 0.4, 0)),
            Map.entry("s", v(0.15, 0.7, 0)),
            Map.entry("z", v(0.15, 0.7, 0)),
            Map.entry("sh", v(0.2, 0.2, 0.6)),
            Map.entry("zh", v(0.2, 0.2, 0.6)),
            Map.entry("ch", v(0.25, 0.2, 0.5)),
            Map.entry("jh", v(0.25, 0.2, 0.5)),
            // tongue consonants
            Map.entry("t", v(0.2, 0.4, 0)),
            Map.entry("d", v(0.2, 0.4, 0)),
            Map.entry("n", v(0.2, 0.4, 0)),
            Map.entry("l", v(0.3, 0.3, 0)),
            Map.entry("k", v(0.3, 0.3, 0)),
            Map.entry("g", v(0.3, 0.3, 0)),
            Map.entry("ng", v(0.25, 0.3, 0)),
            Map.entry("hh", v(0.4, 0.2, 0)));

    private PhoneVisemes() {}

    private static double[] v(double open, double wide, double round) {
        return new double[] {open, wide, round};
    }

    /** The target of {@code phone}; unknown symbols and pauses rest. Festival writes {@code @} for schwa. */
    static double[] target(String phone) {
        String p = phone.toLowerCase(java.util.Locale.ROOT).replaceAll("[0-9]", "");
        if (p.equals("@")) {
            p = "ax";
        }
        return TABLE.getOrDefault(p, REST);
    }

    /** Targets per frame: rows open, wide, round; the phone under each frame's centre. */
    static double[][] track(List<PhoneTimings.Phone> phones, int frames) {
        double[][] t = new double[3][frames];
        int i = 0;
        for (int f = 0; f < frames; f++) {
            double time = (f + 0.5) / AudioFeatures.FPS;
            while (i < phones.size() && phones.get(i).end() <= time) {
                i++;
            }
            double[] v = i < phones.size() && phones.get(i).start() <= time
                    ? target(phones.get(i).phone())
                    : REST;
            for (int k = 0; k < 3; k++) {
                t[k][f] = v[k];
            }
        }
        return t;
    }
}
