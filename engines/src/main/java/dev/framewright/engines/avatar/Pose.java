package dev.framewright.engines.avatar;

/**
 * The face of one frame. Mouth values are 0–1: {@code open} (jaw), {@code wide} (lips spread, as in
 * "ee"), {@code round} (lips rounded, as in "oo"). {@code blink} 0 = eyes open, 1 = closed. Head
 * motion: {@code tilt} in radians, {@code nod} and {@code turn} in fractions of the head's size.
 */
public record Pose(
        double open, double wide, double round, double blink, double tilt, double nod, double turn, double brow) {
    public static final Pose REST = new Pose(0, 0, 0, 0, 0, 0, 0, 0);
}
