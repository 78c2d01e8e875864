package dev.framewright.engines.video;

import dev.framewright.engines.scene.AspectSize;
import dev.framewright.engines.scene.ScenePrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ffmpeg filter chain that restyles a video by the prompt's mood: a colour grade for the time of
 * day and setting, a tint toward the first named colour, black-and-white, sepia with film grain, or
 * posterized colour on request, a soft blur for fog, and always a vignette. The frame is cropped
 * (centred) and scaled to exactly the requested size.
 *
 * @param filters the {@code -vf} chain, ending in {@code format=yuv420p}
 * @param summary the looks applied, for the output's description
 */
record Restyle(String filters, List<String> summary) {
    static Restyle of(String prompt, ScenePrompt p, AspectSize size, int ratioW, int ratioH, String watermark) {
        String text = prompt == null ? "" : prompt.toLowerCase(Locale.ROOT);
        List<String> f = new ArrayList<>();
        List<String> looks = new ArrayList<>();
        int g = java.math.BigInteger.valueOf(ratioW)
                .gcd(java.math.BigInteger.valueOf(ratioH))
                .intValue();
        int a = ratioW / g, b = ratioH / g;
        f.add("crop='min(iw,ih*" + a + "/" + b + ")':'min(ih,iw*" + b + "/" + a + ")'");
        f.add("scale=" + size.width() + ":" + size.height() + ":flags=lanczos");
        f.add("setsar=1");
        grade(p, f, looks);
        if (!p.colors().isEmpty() && p.colors().getFirst().chromatic()) {
            f.add(String.format(
                    Locale.ROOT,
                    "colorize=hue=%.0f:saturation=0.6:lightness=0:mix=0.35",
                    p.colors().getFirst().hue()));
            looks.add(p.colors().getFirst().name() + " tint");
        }
        if (has(text, "noir", "black and white", "monochrome", "grayscale", "greyscale")) {
            f.add("hue=s=0");
            f.add("eq=contrast=1.25");
            looks.add("black and white");
        } else if (has(text, "vintage", "retro", "sepia", "old film", "old")) {
            f.add("colorchannelmixer=.393:.769:.189:0:.349:.686:.168:0:.272:.534:.131");
            f.add("noise=alls=14:allf=t");
            looks.add("sepia film");
        }
        if (has(text, "posterize", "poster", "cartoon", "comic", "pop art")) {
            f.add("lutrgb=r='trunc(val/52)*52':g='trunc(val/52)*52':b='trunc(val/52)*52'");
            looks.add("posterized");
        }
        if (p.weather() == ScenePrompt.Weather.FOG) {
            f.add("gblur=sigma=2");
            f.add("eq=brightness=0.06:contrast=0.85");
            looks.add("haze");
        }
        f.add("vignette=PI/5");
        looks.add("vignette");
        if (watermark != null) {
            f.add(watermark);
        }
        f.add("format=yuv420p");
        return new Restyle(String.join(",", f), looks);
    }

    private static void grade(ScenePrompt p, List<String> f, List<String> looks) {
        switch (p.time()) {
            case SUNSET -> {
                f.add("colorbalance=rs=.15:gs=.03:bs=-.12:rm=.1:bm=-.08");
                f.add("eq=saturation=1.2");
                looks.add("warm sunset grade");
            }
            case NIGHT -> {
                f.add("eq=brightness=-0.12:saturation=0.7");
                f.add("colorbalance=rs=-.05:bs=.2:bm=.12");
                looks.add("night grade");
            }
            case DAY -> {}
        }
        switch (p.setting()) {
            case SNOW -> add(f, looks, "colorbalance=bs=.15:bm=.1", "cold grade");
            case DESERT -> add(f, looks, "colorbalance=rs=.12:gs=.06:bs=-.1", "sand grade");
            case FOREST -> add(f, looks, "colorbalance=gs=.08:gm=.06", "green grade");
            case OCEAN -> add(f, looks, "colorbalance=gs=.04:bs=.1", "sea grade");
            case CITY -> add(f, looks, "eq=contrast=1.15:saturation=0.9", "urban contrast");
            default -> {}
        }
    }

    private static void add(List<String> f, List<String> looks, String filter, String look) {
        f.add(filter);
        looks.add(look);
    }

    private static boolean has(String text, String... words) {
        for (String w : words) {
            if (text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }
}
