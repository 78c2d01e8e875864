package dev.framewright.engines.sfx.dsp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Granular scatter: the times of random events (rain drops, crackles, bubbles, key presses) as a
 * Poisson process whose rate may change over time. The recipe renders a grain at each time.
 */
public final class Scatter {
    private Scatter() {}

    /**
     * Event positions in samples within {@code [0, length)}.
     *
     * @param perSecond the event rate at a time in seconds (thinning handles a changing rate)
     * @param maxPerSecond an upper bound of {@code perSecond}
     */
    public static int[] events(
            SplittableRandom random, int rate, int length, DoubleUnaryOperator perSecond, double maxPerSecond) {
        List<Integer> out = new ArrayList<>();
        double t = 0;
        double seconds = length / (double) rate;
        while (maxPerSecond > 0) {
            t += -Math.log(1 - random.nextDouble()) / maxPerSecond;
            if (t >= seconds) {
                break;
            }
            if (random.nextDouble() * maxPerSecond < perSecond.applyAsDouble(t)) {
                out.add((int) (t * rate));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Evenly spaced events with jitter (footsteps, heartbeats): {@code perSecond} on average. */
    public static int[] regular(SplittableRandom random, int rate, int length, double perSecond, double jitter) {
        List<Integer> out = new ArrayList<>();
        double period = rate / perSecond;
        double t = period * 0.15;
        while (t < length) {
            out.add((int) t);
            t += period * (1 + (random.nextDouble() * 2 - 1) * jitter);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
