package dev.framewright.engines.scene;

import dev.framewright.engines.scene.ScenePrompt.Setting;
import dev.framewright.engines.scene.ScenePrompt.TimeOfDay;
import java.awt.Color;
import java.util.List;

/**
 * The colours of a scene, back to front. Built from the mood (time of day and setting); colours named
 * in the prompt replace the hues of the sky, the land and the subjects so that they dominate the
 * picture, and the time of day then only sets how bright things are.
 */
public record Palette(
        Color skyTop,
        Color skyBottom,
        Color light,
        Color far,
        Color mid,
        Color near,
        Color water,
        Color subject,
        Color detail,
        Color window) {

    public static Palette of(ScenePrompt p) {
        Palette base = mood(p.time(), p.setting());
        List<ColorWords.Hsb> chroma =
                p.colors().stream().filter(ColorWords.Hsb::chromatic).toList();
        if (chroma.isEmpty()) {
            return p.colors().isEmpty() ? base : achromatic(base, p.colors().getFirst(), p.time());
        }
        return named(base, chroma, p.time());
    }

    private static Palette mood(TimeOfDay time, Setting setting) {
        Color top, bottom, light;
        switch (time) {
            case SUNSET -> {
                top = rgb(52, 38, 104);
                bottom = rgb(250, 150, 84);
                light = rgb(255, 214, 140);
            }
            case NIGHT -> {
                top = rgb(6, 9, 28);
                bottom = rgb(32, 44, 92);
                light = rgb(236, 236, 220);
            }
            default -> {
                top = rgb(64, 124, 206);
                bottom = rgb(176, 214, 242);
                light = rgb(255, 248, 214);
            }
        }
        Color[] land =
                switch (setting) {
                    case FOREST -> new Color[] {rgb(78, 118, 98), rgb(40, 92, 52), rgb(20, 58, 30)};
                    case OCEAN -> new Color[] {rgb(96, 128, 140), rgb(222, 200, 150), rgb(196, 170, 120)};
                    case CITY -> new Color[] {rgb(110, 122, 150), rgb(70, 78, 100), rgb(44, 46, 56)};
                    case DESERT -> new Color[] {rgb(220, 170, 110), rgb(204, 142, 80), rgb(176, 110, 60)};
                    case SNOW -> new Color[] {rgb(200, 214, 232), rgb(232, 240, 248), rgb(250, 252, 255)};
                    case MOUNTAINS -> new Color[] {rgb(112, 120, 160), rgb(76, 96, 110), rgb(52, 84, 60)};
                    case HILLS -> new Color[] {rgb(120, 164, 120), rgb(84, 150, 72), rgb(56, 118, 48)};
                };
        double dim = time == TimeOfDay.NIGHT ? 0.35 : time == TimeOfDay.SUNSET ? 0.7 : 1.0;
        Color water = setting == Setting.OCEAN ? mix(rgb(30, 90, 150), bottom, 0.3) : mix(rgb(50, 100, 140), top, 0.4);
        Color far = mix(scale(land[0], dim), bottom, 0.35);
        return new Palette(
                top,
                bottom,
                light,
                far,
                scale(land[1], dim),
                scale(land[2], dim),
                scale(water, Math.max(0.5, dim)),
                scale(rgb(40, 32, 30), dim + 0.2),
                scale(rgb(190, 70, 50), Math.max(0.5, dim)),
                rgb(255, 214, 120));
    }

    /** Hues from the named colours: first → sky, second → land, third → subjects. */
    private static Palette named(Palette base, List<ColorWords.Hsb> c, TimeOfDay time) {
        ColorWords.Hsb sky = c.getFirst();
        ColorWords.Hsb land = c.size() > 1 ? c.get(1) : sky;
        ColorWords.Hsb subject = c.size() > 2 ? c.get(2) : c.size() > 1 ? sky : sky;
        float b = time == TimeOfDay.NIGHT ? 0.45f : time == TimeOfDay.SUNSET ? 0.8f : 1f;
        Color top = hsb(sky, 1f, 0.55f * b);
        Color bottom = hsb(sky, 0.55f, Math.min(1f, 1.05f * b + 0.1f));
        return new Palette(
                top,
                bottom,
                hsb(sky, 0.25f, 1f),
                hsb(land, 0.6f, 0.8f * b),
                hsb(land, 0.85f, 0.62f * b),
                hsb(land, 1f, 0.42f * b),
                hsb(land.hue() == sky.hue() ? sky : land, 0.9f, 0.5f * b),
                hsb(subject, 1f, c.size() > 2 ? 0.6f * b : 0.28f * b),
                hsb(subject, 0.9f, 0.9f * b),
                hsb(sky, 0.5f, 1f));
    }

    /** White, black or grey: the mood's palette drained toward that tone. */
    private static Palette achromatic(Palette base, ColorWords.Hsb tone, TimeOfDay time) {
        Color t = tone.color();
        return new Palette(
                grey(mix(base.skyTop, t, 0.5)),
                grey(mix(base.skyBottom, t, 0.6)),
                base.light,
                grey(mix(base.far, t, 0.5)),
                grey(mix(base.mid, t, 0.5)),
                grey(mix(base.near, t, 0.5)),
                grey(mix(base.water, t, 0.4)),
                grey(base.subject),
                grey(base.detail),
                base.window);
    }

    private static Color hsb(ColorWords.Hsb c, float satFactor, float brightness) {
        return Color.getHSBColor(
                c.hue() / 360f,
                ColorWords.clamp(c.saturation() * satFactor),
                ColorWords.clamp(brightness * c.brightness() + 0.05f));
    }

    private static Color grey(Color c) {
        int y = (int) Math.round(0.3 * c.getRed() + 0.59 * c.getGreen() + 0.11 * c.getBlue());
        return new Color(y, y, y);
    }

    static Color rgb(int r, int g, int b) {
        return new Color(r, g, b);
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(
                lerp(a.getRed(), b.getRed(), t),
                lerp(a.getGreen(), b.getGreen(), t),
                lerp(a.getBlue(), b.getBlue(), t));
    }

    static Color scale(Color c, double f) {
        return new Color(clamp8(c.getRed() * f), clamp8(c.getGreen() * f), clamp8(c.getBlue() * f));
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), clamp8(a * 255));
    }

    private static int lerp(int a, int b, double t) {
        return clamp8(a + (b - a) * t);
    }

    static int clamp8(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
