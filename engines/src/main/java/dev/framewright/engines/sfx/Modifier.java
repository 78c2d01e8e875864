package dev.framewright.engines.sfx;

import java.util.List;

/** Words that shape any recipe: size, distance, material, medium, tempo, and looping. */
enum Modifier {
    BIG("big", "huge", "large", "massive", "giant", "heavy", "enormous", "deep", "powerful", "epic", "loud"),
    SMALL("small", "tiny", "little", "light", "soft", "gentle", "quiet", "subtle", "short", "mini"),
    DISTANT("distant", "far", "faraway", "far away", "far-off", "in the distance", "remote", "muffled"),
    CLOSE("close", "near", "nearby", "close-up", "closeup", "up close", "intimate"),
    METALLIC("metal", "metallic", "steel", "iron", "tin", "clang", "clank", "brass"),
    WOODEN("wood", "wooden", "timber", "oak", "plank"),
    UNDERWATER("underwater", "under water", "submerged", "sub-aquatic"),
    FAST("fast", "quick", "rapid", "running", "hurried", "racing", "frantic"),
    SLOW("slow", "sluggish", "lazy", "calm", "resting"),
    LOOP("loop", "looping", "loopable", "seamless", "continuous", "looped");

    private final List<String> words;

    Modifier(String... words) {
        this.words = List.of(words);
    }

    List<String> words() {
        return words;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
