package dev.framewright.engines.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.Gender;
import dev.framewright.contract.TtsVoice;
import dev.framewright.core.executions.Catalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoiceCatalogTest {
    static SpeechVoice voice(String slug, String engine, String tag, int rank) {
        return voice(slug, engine, tag, rank, false, true);
    }

    static SpeechVoice voice(String slug, String engine, String tag, int rank, boolean allLanguages, boolean direct) {
        TtsVoice wire =
                new TtsVoice("vg_voic_" + slug, slug, tag, Gender.NEUTRAL, null, null, direct, allLanguages, false);
        return new SpeechVoice(wire, engine, slug, VoiceLanguages.iso1(tag), rank);
    }

    private static Map<String, SpeechEngine.Discovery> engines() {
        Map<String, SpeechEngine.Discovery> m = new LinkedHashMap<>();
        m.put(
                "festival",
                new SpeechEngine.Discovery("2.5", "MIT", List.of(voice("en_us_slt_hts", "festival", "en-US", 0))));
        m.put("flite", SpeechEngine.Discovery.none());
        m.put(
                "espeak-ng",
                new SpeechEngine.Discovery(
                        "1.51",
                        "GPL",
                        List.of(
                                voice("espeak_en_029", "espeak-ng", "en-029", 50),
                                voice("espeak_en_us", "espeak-ng", "en-US", 40),
                                voice("espeak_es_419", "espeak-ng", "es-419", 50),
                                voice("espeak_es", "espeak-ng", "es", 40),
                                voice("espeak_es_female", "espeak-ng", "es", 60),
                                voice("espeak_cmn", "espeak-ng", "cmn", 40))));
        return m;
    }

    @Test
    void listsInEngineOrderAndChecksVoices() {
        VoiceCatalog c = VoiceCatalog.of(engines(), null, Catalog.EMPTY);
        assertThat(c.ttsVoices())
                .extracting(TtsVoice::voiceId)
                .containsExactly(
                        "vg_voic_en_us_slt_hts",
                        "vg_voic_espeak_en_029",
                        "vg_voic_espeak_en_us",
                        "vg_voic_espeak_es_419",
                        "vg_voic_espeak_es",
                        "vg_voic_espeak_es_female",
                        "vg_voic_espeak_cmn");
        assertThat(c.voice("vg_voic_espeak_cmn")).contains(new Catalog.Voice("vg_voic_espeak_cmn", "zh", false, true));
        assertThat(c.voice("vg_voic_nope")).isEmpty();
        assertThat(c.hasPresenter("vg_pres_x")).isFalse();
    }

    @Test
    void defaultsAreTheFirstVoiceAndEachLanguagesBestRank() {
        VoiceCatalog c = VoiceCatalog.of(engines(), null, Catalog.EMPTY);
        assertThat(c.defaultVoice(null)).map(Catalog.Voice::voiceId).contains("vg_voic_en_us_slt_hts");
        assertThat(c.defaultVoice("en")).map(Catalog.Voice::voiceId).contains("vg_voic_en_us_slt_hts");
        assertThat(c.defaultVoice("es")).map(Catalog.Voice::voiceId).contains("vg_voic_espeak_es");
        assertThat(c.defaultVoice("zh")).map(Catalog.Voice::voiceId).contains("vg_voic_espeak_cmn");
        assertThat(c.defaultVoice("fr")).isEmpty();
        assertThat(c.resolve("vg_voic_espeak_es_419", "es"))
                .map(SpeechVoice::id)
                .contains("vg_voic_espeak_es_419");
    }

    @Test
    void aConfiguredDefaultWinsAndMustExist() {
        VoiceCatalog c = VoiceCatalog.of(engines(), "vg_voic_espeak_es", Catalog.EMPTY);
        assertThat(c.defaultVoice(null)).map(Catalog.Voice::voiceId).contains("vg_voic_espeak_es");
        assertThat(c.defaultVoice("en")).map(Catalog.Voice::voiceId).contains("vg_voic_en_us_slt_hts");
        assertThatThrownBy(() -> VoiceCatalog.of(engines(), "vg_voic_missing", Catalog.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vg_voic_missing");
    }

    @Test
    void preferredAllLanguageVoicesServeEveryLanguage() {
        Map<String, SpeechEngine.Discovery> m = new LinkedHashMap<>();
        m.put(
                "remote",
                new SpeechEngine.Discovery(null, null, List.of(voice("remote_alloy", "remote", "en", 0, true, true))));
        m.putAll(engines());
        VoiceCatalog c = VoiceCatalog.of(m, null, Catalog.EMPTY);
        assertThat(c.defaultVoice(null)).map(Catalog.Voice::voiceId).contains("vg_voic_remote_alloy");
        assertThat(c.defaultVoice("es"))
                .as("a preferred remote voice speaks every language")
                .map(Catalog.Voice::voiceId)
                .contains("vg_voic_remote_alloy");
        assertThat(c.defaultVoice("fr")).map(Catalog.Voice::voiceId).contains("vg_voic_remote_alloy");
    }

    @Test
    void emptyWhenNothingIsInstalled() {
        VoiceCatalog c = VoiceCatalog.of(Map.of("festival", SpeechEngine.Discovery.none()), null, Catalog.EMPTY);
        assertThat(c.ttsVoices()).isEmpty();
        assertThat(c.defaultVoice(null)).isEmpty();
    }

    @Test
    void idsAreChecked() {
        assertThatThrownBy(() -> voice("Bad-Id", "x", "en", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
