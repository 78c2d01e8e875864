package dev.framewright.engines.media;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** SVG path data ({@code d}) for a Java2D shape, with coordinates rounded to 0.01. */
public final class SvgPathData {
    private SvgPathData() {}

    public static String of(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> append(d, 'M', c, 2);
                case PathIterator.SEG_LINETO -> append(d, 'L', c, 2);
                case PathIterator.SEG_QUADTO -> append(d, 'Q', c, 4);
                case PathIterator.SEG_CUBICTO -> append(d, 'C', c, 6);
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        return d.toString();
    }

    /** {@code v} rounded to two decimals, without trailing zeros ({@code 12}, {@code 0.5}). */
    public static String number(double v) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = b.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static void append(StringBuilder d, char op, double[] c, int n) {
        d.append(op);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                d.append(' ');
            }
            d.append(number(c[i]));
        }
    }
}
