package dev.framewright.engines.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.Gender;
import dev.framewright.contract.TtsVoice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the engines' listings and outputs are read, without running them. */
class EngineListingsTest {
    private static final List<String> LANGUAGES = List.of(
            "Pty Language       Age/Gender VoiceName          File                 Other Languages",
            " 5  af              --/M      Afrikaans          gmw/af               ",
            " 5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn              (zh-cmn 5)(zh 5)",
            " 5  en-gb-x-rp      --/M      English_(Received_Pronunciation) gmw/en-GB-x-rp       (en 4)",
            " 5  en-us           --/M      English_(America)  gmw/en-US            (en 3)",
            " 5  es-419          --/M      Spanish_(Latin_America) roa/es-419           (es-mx 6)",
            " 5  yue             --/M      Chinese_(Cantonese) sit/yue              (zh-yue 5)(zh 8)",
            " 5  yue             --/M      Chinese_(Cantonese,_latin_as_Jyutping) sit/yue-Latn-jyutping (zh-yue 5)");
    private static final List<String> VARIANTS = List.of(
            "Pty Language       Age/Gender VoiceName          File                 Other Languages",
            " 5  variant         --/F      female3            !v/f3                ",
            " 5  variant         --/M      Half-LifeAnnouncementSystem !v/announcer           ",
            " 5  variant         70/F      grandma            !v/grandma           ");

    @Test
    void espeakLanguagesBecomeVoicesWithAFemaleFormAndEnglishVariants() {
        List<SpeechVoice> voices = EspeakVoices.voices(EspeakVoices.parse(LANGUAGES), EspeakVoices.parse(VARIANTS));
        assertThat(voices)
                .extracting(SpeechVoice::id)
                .containsExactly(
                        "vg_voic_espeak_af",
                        "vg_voic_espeak_af_female",
                        "vg_voic_espeak_cmn",
                        "vg_voic_espeak_cmn_female",
                        "vg_voic_espeak_en_gb_x_rp",
                        "vg_voic_espeak_en_gb_x_rp_female",
                        "vg_voic_espeak_en_us",
                        "vg_voic_espeak_en_us_female",
                        "vg_voic_espeak_es_419",
                        "vg_voic_espeak_es_419_female",
                        "vg_voic_espeak_yue",
                        "vg_voic_espeak_yue_female",
                        "vg_voic_espeak_yue_latn_jyutping",
                        "vg_voic_espeak_yue_latn_jyutping_female",
                        "vg_voic_espeak_en_us_v_announcer",
                        "vg_voic_espeak_en_us_v_grandma");
        SpeechVoice rp = voices.get(4);
        assertThat(rp.wire())
                .isEqualTo(new TtsVoice(
                        "vg_voic_espeak_en_gb_x_rp",
                        "English (Received Pronunciation) (eSpeak NG)",
                        "en-GB-x-rp",
                        Gender.MALE,
                        "received pronunciation",
                        "eSpeak NG formant voice for English (Received Pronunciation): many languages, robotic but very"
                                + " clear",
                        true,
                        false,
                        false));
        assertThat(rp.language()).isEqualTo("en");
        assertThat(rp.engineVoice()).isEqualTo("gmw/en-GB-x-rp");
        assertThat(voices.get(3).language()).isEqualTo("zh");
        assertThat(voices.get(7).engineVoice()).isEqualTo("gmw/en-US+f3");
        assertThat(voices.get(7).wire().displayGender()).isEqualTo(Gender.FEMALE);
        assertThat(voices.get(15).engineVoice()).isEqualTo("gmw/en-US+grandma");
        assertThat(voices.get(6).rank())
                .as("American is English's usual eSpeak voice")
                .isLessThan(rp.rank());
        assertThat(voices.get(8).wire().accent()).isEqualTo("latin america");
    }

    @Test
    void festivalDescriptionsBecomeVoices() {
        SpeechVoice slt = FestivalEngine.voice("cmu_us_slt_arctic_hts|english|female|american".split("\\|"))
                .orElseThrow();
        assertThat(slt.id()).isEqualTo("vg_voic_en_us_slt_hts");
        assertThat(slt.wire().languageCode()).isEqualTo("en-US");
        assertThat(slt.wire().displayGender()).isEqualTo(Gender.FEMALE);
        assertThat(slt.rank()).isZero();
        SpeechVoice other = FestivalEngine.voice("upc_ca_ona_hts|catalan|female|nil".split("\\|"))
                .orElseThrow();
        assertThat(other.id()).isEqualTo("vg_voic_festival_upc_ca_ona_hts");
        assertThat(other.wire().languageCode()).isEqualTo("ca");
        assertThat(other.wire().accent()).isNull();
        assertThat(FestivalEngine.voice("x|klingon|male|nil".split("\\|"))).isEmpty();
    }

    @Test
    void festivalScriptsEscapeTheText() {
        String script = FestivalEngine.script("kal_diphone", List.of("Say \"hi\" \\ bye"), Path.of("/tmp/x"));
        assertThat(script)
                .startsWith("(voice_kal_diphone)\n")
                .contains("(Utterance Text \"Say \\\"hi\\\" \\\\ bye\")")
                .contains("(utt.save.wave utt \"/tmp/x/part-0.wav\" 'riff)");
    }

    @Test
    void fliteVoicesAndPhones() {
        assertThat(FliteEngine.voice("slt").orElseThrow().id()).isEqualTo("vg_voic_en_us_slt_flite");
        assertThat(FliteEngine.voice("awb").orElseThrow().wire().languageCode()).isEqualTo("en-GB");
        assertThat(FliteEngine.voice("awb_time"))
                .as("limited domain: only says the time")
                .isEmpty();
        assertThat(FliteEngine.phones("pau:0.164 hh:0.255 ax:0.304"))
                .containsExactly(
                        new SpeechEngine.Phone("pau", 0.164),
                        new SpeechEngine.Phone("hh", 0.255),
                        new SpeechEngine.Phone("ax", 0.304));
        assertThat(FliteEngine.continuous(List.of(
                        new SpeechEngine.Phone("a", 0.5),
                        new SpeechEngine.Phone("pau", 0.2),
                        new SpeechEngine.Phone("b", 0.4))))
                .containsExactly(
                        new SpeechEngine.Phone("a", 0.5),
                        new SpeechEngine.Phone("pau", 0.7),
                        new SpeechEngine.Phone("b", 0.9));
    }

    @Test
    void languageCodes() {
        assertThat(VoiceLanguages.bcp47("en-gb-scotland")).isEqualTo("en-GB-scotland");
        assertThat(VoiceLanguages.bcp47("vi-vn-x-central")).isEqualTo("vi-VN-x-central");
        assertThat(VoiceLanguages.bcp47("en-us-nyc")).isEqualTo("en-US-x-nyc");
        assertThat(VoiceLanguages.bcp47("chr-US-Qaaa-x-west")).isEqualTo("chr-US-x-qaaa-west");
        assertThat(VoiceLanguages.bcp47("piqd")).isEqualTo("tlh-Piqd");
        assertThat(VoiceLanguages.iso1("tlh-Piqd")).isEqualTo("tlh");
        assertThat(VoiceLanguages.iso1("cmn-Latn-pinyin")).isEqualTo("zh");
        assertThat(VoiceLanguages.iso1("hak")).isEqualTo("zh");
        assertThat(VoiceLanguages.iso1("chr-US")).isEqualTo("chr");
        assertThat(VoiceLanguages.fromEnglishName("english")).isEqualTo("en");
        assertThat(VoiceLanguages.slug("espeak_!v/Half-Life")).isEqualTo("espeak_v_half_life");
    }
}
