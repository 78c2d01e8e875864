package dev.framewright.engines.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * Every choice of one scene, made once from the prompt and the seed: palette, noise, where the sun
 * stands and where each subject goes. Rendering a plan twice gives the same pixels; the video engine
 * renders the same plan at many camera positions.
 *
 * @param sunX horizontal position of the sun or moon, as a fraction of the frame width
 * @param sunY vertical position, as a fraction of the frame height
 * @param horizon where land meets sky, as a fraction of the frame height
 */
public record ScenePlan(
        ScenePrompt prompt,
        Palette palette,
        long seed,
        double sunX,
        double sunY,
        double horizon,
        List<Placement> placements) {

    /**
     * One subject glyph.
     *
     * @param x centre, as a fraction of the frame width
     * @param size height, as a fraction of the frame height
     * @param variant a per-glyph random value in [0, 1) for small variations
     */
    public record Placement(Subject subject, double x, double size, double variant) {}

    static final int MAX_GLYPHS = 14;

    public ScenePlan {
        placements = List.copyOf(placements);
    }

    Noise noise() {
        return new Noise(seed);
    }

    public static ScenePlan of(ScenePrompt prompt, long seed) {
        Noise n = new Noise(seed);
        double horizon =
                switch (prompt.setting()) {
                    case OCEAN -> 0.56;
                    case CITY -> 0.66;
                    case MOUNTAINS -> 0.64;
                    default -> 0.6;
                };
        double sunX = 0.2 + 0.6 * n.uniform(1);
        double sunY =
                switch (prompt.time()) {
                    case SUNSET -> horizon - 0.06 - 0.06 * n.uniform(2);
                    case NIGHT -> 0.14 + 0.12 * n.uniform(2);
                    case DAY -> 0.1 + 0.14 * n.uniform(2);
                };
        return new ScenePlan(prompt, Palette.of(prompt), seed, sunX, sunY, horizon, place(prompt, n));
    }

    /** Ground subjects share the width in shuffled slots; sky and water subjects get their own spots. */
    private static List<Placement> place(ScenePrompt prompt, Noise n) {
        List<Subject> ground = new ArrayList<>();
        List<Placement> out = new ArrayList<>();
        long draw = 100;
        for (var e : prompt.subjects().entrySet()) {
            Subject s = e.getKey();
            for (int i = 0; i < e.getValue() && ground.size() + out.size() < MAX_GLYPHS; i++) {
                switch (s.place()) {
                    case GROUND -> ground.add(s);
                    case SKY, WATER ->
                        out.add(new Placement(
                                s,
                                0.12 + 0.76 * n.uniform(draw++),
                                s.height() * (0.8 + 0.4 * n.uniform(draw++)),
                                n.uniform(draw++)));
                    case BACKDROP -> {}
                }
            }
        }
        int slots = ground.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            order.add(i);
        }
        for (int i = slots - 1; i > 0; i--) {
            int j = (int) (n.uniform(draw++) * (i + 1));
            java.util.Collections.swap(order, i, j);
        }
        for (int i = 0; i < slots; i++) {
            double centre = (order.get(i) + 0.5) / slots;
            double x = 0.08 + 0.84 * (centre + (n.uniform(draw++) - 0.5) * 0.5 / slots);
            Subject s = ground.get(i);
            out.add(new Placement(s, x, s.height() * (0.85 + 0.3 * n.uniform(draw++)), n.uniform(draw++)));
        }
        return out;
    }
}
