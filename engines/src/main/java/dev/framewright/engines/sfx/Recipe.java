package dev.framewright.engines.sfx;

/**
 * How one category sounds: a dry rendering plus the room it naturally sounds in and its loudness.
 * The renderer adds the modifiers, the room, the loop or the fades, and the limiter.
 */
interface Recipe {
    /** A dry signal of exactly {@code r.length} samples. */
    float[] render(Render r);

    /** The natural acoustic space of this sound. */
    Room room();

    /** Loudness of the loudest 0.4 s, in dBFS RMS. */
    double levelDb();

    /**
     * An acoustic space for the FDN reverb.
     *
     * @param size 0.2 (small room) – 2 (hall); {@code rt60} decay in s; {@code wet} 0–1; {@code
     *     damping} 0 (bright) – 0.9 (dark)
     */
    record Room(double size, double rt60, double wet, double damping) {
        static final Room DRY = new Room(0.3, 0.2, 0.0, 0.5);
    }

    /** A recipe from a lambda. */
    static Recipe of(java.util.function.Function<Render, float[]> render, Room room, double levelDb) {
        return new Recipe() {
            @Override
            public float[] render(Render r) {
                return render.apply(r);
            }

            @Override
            public Room room() {
                return room;
            }

            @Override
            public double levelDb() {
                return levelDb;
            }
        };
    }
}
