package dev.framewright.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.executions.Catalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static Catalog voices(String id) {
        return new Catalog() {
            @Override
            public Optional<Voice> voice(String voiceId) {
                return voiceId.equals(id) ? Optional.of(new Voice(id, "en", false, true)) : Optional.empty();
            }

            @Override
            public boolean hasPresenter(String presenterId) {
                return false;
            }
        };
    }

    private static Catalog presenters(String id) {
        return new Catalog() {
            @Override
            public Optional<Voice> voice(String voiceId) {
                return Optional.empty();
            }

            @Override
            public boolean hasPresenter(String presenterId) {
                return presenterId.equals(id);
            }
        };
    }

    @Test
    void aCombinedCatalogAnswersFromEachPart() {
        Catalog c = Catalog.combine(voices("vg_voic_slt"), presenters("vg_pres_ada"), Catalog.EMPTY);

        assertThat(c.voice("vg_voic_slt")).map(Catalog.Voice::language).contains("en");
        assertThat(c.voice("vg_voic_other")).isEmpty();
        assertThat(c.hasPresenter("vg_pres_ada")).isTrue();
        assertThat(c.hasPresenter("vg_pres_zed")).isFalse();
    }
}
