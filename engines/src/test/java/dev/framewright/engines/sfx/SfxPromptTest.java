package dev.framewright.engines.sfx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SfxPromptTest {
    @ParameterizedTest
    @CsvSource({
        "a huge explosion in the distance, EXPLOSION",
        "Explosions!, EXPLOSION",
        "car crash, IMPACT",
        "car engine idling, ENGINE",
        "running water in a brook, WATER",
        "someone running on gravel, FOOTSTEPS",
        "heavy rain storm, RAIN",
        "thunderstorm, THUNDER",
        "pew pew laser blaster, LASER",
        "retro game coin pickup, COIN",
        "level up power-up, POWER_UP",
        "notification chime, UI_BEEP",
        "police siren, ALARM",
        "creaky wooden door, DOOR",
        "glass window shattering, GLASS",
        "whoosh transition, WHOOSH",
        "crackling campfire, FIRE",
        "howling wind, WIND",
        "fast typing on a keyboard, TYPING",
        "slow heartbeat, HEARTBEAT",
        "a guitar string twang, PLUCK",
        "a gunshot echoing, GUNSHOT",
        "the colour of a quiet afternoon, AMBIENCE"
    })
    void picksTheCategory(String prompt, Category expected) {
        assertThat(SfxPrompt.parse(prompt).category()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "big distant metallic impact|BIG,DISTANT,METALLIC",
                "tiny wooden knock|SMALL,WOODEN",
                "underwater bubbles, seamless loop|UNDERWATER,LOOP",
                "footsteps far away, running fast|DISTANT,FAST",
                "explosion|"
            })
    void findsModifiers(String prompt, String expected) {
        String found = SfxPrompt.parse(prompt).modifiers().stream()
                .sorted()
                .map(Enum::name)
                .reduce((a, b) -> a + "," + b)
                .orElse(null);
        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3 seconds of rain|3.0",
                "rain for 2.5 s|2.5",
                "a 500 ms beep|0.5",
                "half a second whoosh|0.5",
                "two seconds of wind|2.0",
                "an explosion lasting 12 seconds|12.0",
                "one minute of rain|60.0",
                "a 4-second alarm|4.0",
                "explosion.|"
            })
    void readsLengths(String prompt, Double seconds) {
        assertThat(SfxPrompt.parse(prompt).promptSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3 seconds of rain||3.0",
                "rain|7.5|7.5",
                "rain|100|30.0",
                "beep|0.1|0.5",
                "one minute of rain||30.0",
                "explosion||4.0",
                "big explosion||5.0",
                "UI beep||1.0",
                "rain||10.0"
            })
    void choosesTheLength(String prompt, Double requested, double seconds) {
        assertThat(SoundEffectTool.seconds(SfxPrompt.parse(prompt), requested)).isEqualTo(seconds);
    }
}
