package dev.framewright.engines.scene;

/** The nouns the renderer can draw as vector glyphs, and where each one stands. */
public enum Subject {
    TREE(Place.GROUND, 0.30, "tree", "trees", "pine", "pines", "oak"),
    HOUSE(Place.GROUND, 0.22, "house", "houses", "cabin", "cottage", "home", "hut"),
    CASTLE(Place.GROUND, 0.34, "castle", "castles", "fortress", "palace", "tower"),
    LIGHTHOUSE(Place.GROUND, 0.38, "lighthouse", "lighthouses"),
    PERSON(
            Place.GROUND,
            0.20,
            "person",
            "people",
            "man",
            "woman",
            "child",
            "girl",
            "boy",
            "figure",
            "hiker",
            "traveler",
            "traveller"),
    CAT(Place.GROUND, 0.09, "cat", "cats", "kitten", "kittens"),
    DOG(Place.GROUND, 0.10, "dog", "dogs", "puppy", "puppies"),
    CAR(Place.GROUND, 0.11, "car", "cars", "truck", "van"),
    FLOWER(Place.GROUND, 0.08, "flower", "flowers", "rose", "roses", "tulip", "tulips", "daisy"),
    MOUNTAIN(Place.BACKDROP, 0, "mountain", "mountains", "peak", "peaks", "volcano"),
    BOAT(Place.WATER, 0.14, "boat", "boats", "ship", "ships", "sailboat", "yacht"),
    FISH(Place.WATER, 0.05, "fish", "whale", "dolphin"),
    BIRD(Place.SKY, 0.035, "bird", "birds", "seagull", "seagulls", "eagle", "crow"),
    ROCKET(Place.SKY, 0.22, "rocket", "rockets", "spaceship", "spacecraft"),
    BALLOON(Place.SKY, 0.12, "balloon", "balloons");

    /** Where a subject is drawn. */
    public enum Place {
        GROUND,
        WATER,
        SKY,
        BACKDROP
    }

    private final Place place;
    private final double height;
    private final String[] words;

    Subject(Place place, double height, String... words) {
        this.place = place;
        this.height = height;
        this.words = words;
    }

    public Place place() {
        return place;
    }

    /** Height relative to the frame's height when standing in the foreground. */
    double height() {
        return height;
    }

    static Subject of(String word) {
        for (Subject s : values()) {
            for (String w : s.words) {
                if (w.equals(word)) {
                    return s;
                }
            }
        }
        return null;
    }

    static boolean isPlural(String word) {
        return word.endsWith("s") && !word.endsWith("ss") || word.equals("people") || word.equals("puppies");
    }
}
