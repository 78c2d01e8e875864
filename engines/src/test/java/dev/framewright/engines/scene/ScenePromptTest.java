package dev.framewright.engines.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.engines.scene.ScenePrompt.Setting;
import dev.framewright.engines.scene.ScenePrompt.TimeOfDay;
import dev.framewright.engines.scene.ScenePrompt.Weather;
import org.junit.jupiter.api.Test;

class ScenePromptTest {
    @Test
    void readsColoursMoodSubjectsAndCaption() {
        ScenePrompt p =
                ScenePrompt.parse("Three cats and a dark blue boat on the ocean at sunset, misty, \"Bon voyage\"");

        assertThat(p.colors()).extracting(ColorWords.Hsb::name).containsExactly("blue");
        assertThat(p.colors().getFirst().brightness()).isLessThan(0.85f);
        assertThat(p.time()).isEqualTo(TimeOfDay.SUNSET);
        assertThat(p.setting()).isEqualTo(Setting.OCEAN);
        assertThat(p.weather()).isEqualTo(Weather.FOG);
        assertThat(p.subjects()).containsEntry(Subject.CAT, 3).containsEntry(Subject.BOAT, 1);
        assertThat(p.caption()).isEqualTo("Bon voyage");
    }

    @Test
    void curlyQuotesAndPluralsAndImpliedSettings() {
        ScenePrompt p = ScenePrompt.parse("trees under the stars “Camp”");

        assertThat(p.caption()).isEqualTo("Camp");
        assertThat(p.subjects()).containsEntry(Subject.TREE, 3);
        assertThat(p.setting()).isEqualTo(Setting.FOREST);
        assertThat(p.time()).isEqualTo(TimeOfDay.NIGHT);
    }

    @Test
    void anEmptyOrUnknownPromptIsADayOverHills() {
        ScenePrompt p = ScenePrompt.parse("zzz qqq");

        assertThat(p.colors()).isEmpty();
        assertThat(p.subjects()).isEmpty();
        assertThat(p.time()).isEqualTo(TimeOfDay.DAY);
        assertThat(p.setting()).isEqualTo(Setting.HILLS);
        assertThat(p.caption()).isNull();
    }

    @Test
    void countsAreCapped() {
        ScenePrompt p = ScenePrompt.parse("seven trees, seven trees, seven trees");

        assertThat(p.subjects()).containsEntry(Subject.TREE, ScenePrompt.MAX_PER_SUBJECT);
    }
}
