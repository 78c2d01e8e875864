package dev.framewright.engines.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A visible text mark (API.md §10.7) drawn into the bottom-right corner of an image: light,
 * semi-transparent letters with a dark outline, so that it reads on any background, sized to about
 * a twentieth of the image's shorter side. Immutable and thread-safe.
 */
public final class Watermark {
    /** The text used unless an operator configures another. */
    public static final String DEFAULT_TEXT = "Framewright";

    public static final Watermark DEFAULT = new Watermark(DEFAULT_TEXT);

    private static final int MIN_FONT_PX = 10;
    private static final double MAX_WIDTH_SHARE = 0.8;
    private static final Color FILL = new Color(255, 255, 255, 160);
    private static final Color OUTLINE = new Color(0, 0, 0, 110);

    /**
     * What a mark may say: letters, digits, spaces and a little punctuation, up to 40 characters. The
     * set leaves out every character with a meaning in ffmpeg's filter syntax ({@code ' : \\ %}), so
     * {@link #ffmpegFilter()} needs no escaping.
     */
    public static final String ALLOWED = "[\\p{L}\\p{N} .,!?&+@()_-]{1,40}";

    private final String text;

    /** @throws IllegalArgumentException when the text is blank or not {@link #ALLOWED} */
    public Watermark(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("watermark text must not be blank");
        }
        String t = text.strip();
        if (!t.matches(ALLOWED)) {
            throw new IllegalArgumentException(
                    "watermark text must be 1–40 letters, digits, spaces or . , ! ? & + @ ( ) _ -");
        }
        this.text = t;
    }

    public String text() {
        return text;
    }

    /** The same mark for ffmpeg: a {@code drawtext} filter in the bottom-right corner of each frame. */
    public String ffmpegFilter() {
        return "drawtext=text='" + text + "':fontcolor=white@0.65:fontsize=h/18"
                + ":x=w-tw-h/40:y=h-th-h/40:box=1:boxcolor=black@0.3:boxborderw=6";
    }

    /**
     * Draws the mark onto {@code image} in place. Best on {@code TYPE_INT_ARGB} or {@code TYPE_INT_RGB}
     * images; an indexed image would snap the translucent letters to its palette. On a transparent
     * image the mark is itself translucent.
     */
    public void drawOn(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Shape letters = letters(g, image.getWidth(), image.getHeight());
            float fontPx = (float) letters.getBounds2D().getHeight();
            g.setStroke(new BasicStroke(Math.max(1f, fontPx / 12f)));
            g.setColor(OUTLINE);
            g.draw(letters);
            g.setColor(FILL);
            g.fill(letters);
        } finally {
            g.dispose();
        }
    }

    /**
     * The mark as one SVG {@code <path>} element for a {@code width × height} viewBox (§10.7: in SVG
     * outputs the watermark is a vector element): the letters' outlines, so that no font is needed to
     * show it, with the same fill and outline as {@link #drawOn}.
     */
    public String svgPath(int width, int height) {
        Shape letters = letters(new FontRenderContext(null, true, true), width, height);
        double stroke = Math.max(1.0, letters.getBounds2D().getHeight() / 12);
        return "<path fill=\"#fff\" fill-opacity=\"" + opacity(FILL) + "\" stroke=\"#000\" stroke-opacity=\""
                + opacity(OUTLINE) + "\" stroke-width=\"" + SvgPathData.number(stroke)
                + "\" paint-order=\"stroke\" d=\"" + SvgPathData.of(letters) + "\"/>";
    }

    private static String opacity(Color c) {
        return SvgPathData.number(c.getAlpha() / 255.0);
    }

    private Shape letters(Graphics2D g, int width, int height) {
        return letters(g.getFontRenderContext(), width, height);
    }

    /** The text's outline, placed with a margin of half its height from the bottom-right corner. */
    private Shape letters(FontRenderContext frc, int width, int height) {
        int fontPx = Math.max(MIN_FONT_PX, Math.min(width, height) / 20);
        TextLayout layout = new TextLayout(text, new Font(Font.SANS_SERIF, Font.BOLD, fontPx), frc);
        Rectangle2D bounds = layout.getBounds();
        double scale = Math.min(1.0, width * MAX_WIDTH_SHARE / bounds.getWidth());
        double margin = fontPx * scale / 2;
        double x = width - margin - (bounds.getX() + bounds.getWidth()) * scale;
        double y = height - margin - (bounds.getY() + bounds.getHeight()) * scale;
        AffineTransform place = AffineTransform.getTranslateInstance(x, y);
        place.scale(scale, scale);
        return layout.getOutline(place);
    }
}
