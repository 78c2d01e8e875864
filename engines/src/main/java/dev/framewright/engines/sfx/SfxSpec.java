package dev.framewright.engines.sfx;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a prompt asks for: a category, modifiers, a length written in the prompt (null when none) and
 * its words (recipes read them for variants, e.g. "creak" or "slam" for a door).
 *
 * @param recognised false when no category word was found and {@link Category#AMBIENCE} stands in
 */
record SfxSpec(
        String prompt,
        Category category,
        Set<Modifier> modifiers,
        Double promptSeconds,
        Set<String> words,
        boolean recognised) {

    SfxSpec {
        modifiers = modifiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiers));
        words = Set.copyOf(words);
    }

    boolean has(Modifier m) {
        return modifiers.contains(m);
    }

    /** Whether the prompt holds any of these words (or their plural). */
    boolean mentions(String... any) {
        for (String w : any) {
            if (words.contains(w) || words.contains(w + "s") || words.contains(w + "es")) {
                return true;
            }
        }
        return false;
    }

    /** "explosion (big, distant)" for descriptions. */
    String recipe() {
        String mods = modifiers.stream().sorted().map(Modifier::label).collect(Collectors.joining(", "));
        return category.label() + (mods.isEmpty() ? "" : " (" + mods + ")");
    }
}
