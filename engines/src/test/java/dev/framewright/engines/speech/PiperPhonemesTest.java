package dev.framewright.engines.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.engines.process.Subprocess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Piper's phonemization and phoneme ids against piper-phonemize's own test vectors. */
class PiperPhonemesTest {
    /**
     * piper-phonemize's default phoneme_id_map (the map of its English and most other voices), ids
     * 0–140 in order: specials and punctuation, letters, IPA, tone digits, then U+0327.
     */
    static final String SYMBOLS =
            "_^$ !'(),-.:;?abcdefhijklmnopqrstuvwxyzæçðøħŋœǀǁǂǃɐɑɒɓɔɕɖɗɘəɚɛɜɞɟɠɡɢɣɤɥɦɧɨɪɫɬɭɮɯɰɱɲɳɴɵɶɸɹɺɻɽɾʀʁʂʃʄʈʉʊʋʌʍʎʏʐʑʒʔʕʘʙʛʜʝʟʡʢʲˈˌːˑ˞βθχᵻⱱ0123456789\u0327";

    static Map<Integer, long[]> defaultMap() {
        Map<Integer, long[]> map = new HashMap<>();
        int[] cps = SYMBOLS.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            map.put(cps[i], new long[] {i});
        }
        return map;
    }

    @Test
    void theDefaultMapHasPiperIds() {
        Map<Integer, long[]> map = defaultMap();
        assertThat(map.get((int) 'ɪ')).containsExactly(74);
        assertThat(map.get((int) 'ˈ')).containsExactly(120);
        assertThat(map.get((int) 'ⱱ')).containsExactly(129);
        assertThat(map.get(0x0327)).containsExactly(140);
    }

    @Test
    void idsArePaddedBetweenBosAndEosAsPiperPhonemizeDoes() {
        // piper-phonemize python_test.py: "licht!" in German is l ˈ ɪ c ̧ t !
        List<Integer> phonemes = "lˈɪc\u0327t!".codePoints().boxed().toList();
        assertThat(PiperPhonemes.ids(phonemes, defaultMap()))
                .containsExactly(1, 0, 24, 0, 120, 0, 74, 0, 16, 0, 140, 0, 32, 0, 4, 0, 2);
    }

    @Test
    void phonemesMissingFromTheMapAreSkipped() {
        assertThat(PiperPhonemes.ids(List.of(0, 0, 0), defaultMap())).containsExactly(1, 0, 2);
        Map<Integer, long[]> multi = defaultMap();
        multi.put((int) 'a', new long[] {14, 15});
        assertThat(PiperPhonemes.ids(List.of((int) 'a'), multi)).containsExactly(1, 0, 14, 15, 0, 2);
    }

    @Test
    void clausesKeepTheirTerminators() {
        assertThat(PiperPhonemes.clauses("Hello, world. It costs 3.5 euros; \"fine.\" Really?!"))
                .containsExactly(
                        new PiperPhonemes.Clause("Hello,", ','),
                        new PiperPhonemes.Clause("world.", '.'),
                        new PiperPhonemes.Clause("It costs 3.5 euros;", ';'),
                        new PiperPhonemes.Clause("\"fine.\"", 0),
                        new PiperPhonemes.Clause("Really?!", '!'));
        assertThat(PiperPhonemes.clauses("no ending")).containsExactly(new PiperPhonemes.Clause("no ending", 0));
    }

    @Test
    void sentencesEndAtFullStopsAndCommasAddASpace() {
        List<PiperPhonemes.Clause> clauses = PiperPhonemes.clauses("Oh, hi. Yes");
        List<List<Integer>> sentences =
                PiperPhonemes.sentences(clauses, List.of(List.of("ˈoʊ"), List.of("hˈaɪ"), List.of("jˈɛs (en)x(de)")));
        assertThat(sentences).hasSize(2);
        assertThat(text(sentences.get(0))).isEqualTo("ˈoʊ, hˈaɪ.");
        assertThat(text(sentences.get(1))).as("language flags dropped").isEqualTo("jˈɛs x");
    }

    @Test
    void ipaIsDecomposed() {
        List<Integer> out = new ArrayList<>();
        PiperPhonemes.addPhonemes(out, "ç");
        assertThat(out).containsExactly((int) 'c', 0x0327);
        assertThat(PiperPhonemes.codepoints("ВЕСЕ́ЛКА"))
                .isEqualTo("весе\u0301лка".codePoints().boxed().toList());
    }

    @Test
    void espeakNgGivesPiperPhonemizeTheSamePhonemes() throws Exception {
        assumeTrue(Subprocess.which("espeak-ng").isPresent(), "espeak-ng is not installed (apt-get install espeak-ng)");
        List<PiperPhonemes.Clause> clauses = PiperPhonemes.clauses("licht!");
        List<String> lines = new ArrayList<>();
        Subprocess.of("espeak-ng", "-q", "-b", "1", "--ipa", "-v", "de", "licht")
                .onStdoutLine(lines::add)
                .run();
        List<List<Integer>> sentences = PiperPhonemes.sentences(clauses, List.of(lines));
        assertThat(sentences).hasSize(1);
        assertThat(PiperPhonemes.ids(sentences.getFirst(), defaultMap()))
                .containsExactly(1, 0, 24, 0, 120, 0, 74, 0, 16, 0, 140, 0, 32, 0, 4, 0, 2);
    }

    private static String text(List<Integer> cps) {
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
