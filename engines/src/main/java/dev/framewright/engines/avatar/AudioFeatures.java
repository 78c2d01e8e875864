package dev.framewright.engines.avatar;

/**
 * Per-frame features of speech audio, one frame per video frame ({@value #FPS} fps, 40 ms): RMS
 * energy and the power in three bands — low (80–800 Hz, the first formant and voicing), mid
 * (800–2500 Hz, the second formant) and high (2500–7000 Hz, fricatives).
 */
public record AudioFeatures(double[] rms, double[] low, double[] mid, double[] high) {
    public static final int FPS = 25;
    static final int HOP = Pcm.RATE / FPS;
    private static final int FFT = 1024;

    public int frames() {
        return rms.length;
    }

    public static AudioFeatures of(Pcm pcm) {
        float[] s = pcm.samples();
        int frames = Math.max(1, (s.length + HOP - 1) / HOP);
        double[] rms = new double[frames],
                low = new double[frames],
                mid = new double[frames],
                high = new double[frames];
        double binHz = (double) Pcm.RATE / FFT;
        for (int f = 0; f < frames; f++) {
            int start = f * HOP;
            double sum = 0;
            int n = 0;
            for (int i = start; i < Math.min(s.length, start + HOP); i++, n++) {
                sum += s[i] * s[i];
            }
            rms[f] = n == 0 ? 0 : Math.sqrt(sum / n);
            double[] p = Fft.power(s, start + HOP / 2 - FFT / 2, FFT, FFT);
            for (int b = 1; b < p.length; b++) {
                double hz = b * binHz;
                if (hz >= 80 && hz < 800) {
                    low[f] += p[b];
                } else if (hz >= 800 && hz < 2500) {
                    mid[f] += p[b];
                } else if (hz >= 2500 && hz < 7000) {
                    high[f] += p[b];
                }
            }
        }
        return new AudioFeatures(rms, low, mid, high);
    }
}
