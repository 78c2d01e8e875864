package dev.framewright.engines.avatar;

import dev.framewright.contract.Gender;
import dev.framewright.engines.avatar.Presenter.Hair;
import dev.framewright.engines.avatar.Presenter.Look;
import java.awt.Color;
import java.util.List;
import java.util.Optional;

/** The presenters that ship with the server, drawn procedurally (no photos, no models). */
public final class Presenters {
    public static final List<Presenter> BUILT_IN = List.of(
            new Presenter(
                    "vg_pres_ada",
                    "Ada",
                    Gender.FEMALE,
                    new Look(
                            rgb(0x8D5524),
                            rgb(0x1B1010),
                            Hair.CURLY,
                            rgb(0x3B2314),
                            rgb(0xA0463C),
                            rgb(0xF2B134),
                            rgb(0x2A7F8A),
                            rgb(0x174A52),
                            false,
                            false)),
            new Presenter(
                    "vg_pres_ben",
                    "Ben",
                    Gender.MALE,
                    new Look(
                            rgb(0xF1C7A5),
                            rgb(0x6B4226),
                            Hair.SHORT,
                            rgb(0x4F7BA8),
                            rgb(0xC07A6E),
                            rgb(0x2F5DA8),
                            rgb(0xE8D3B0),
                            rgb(0xB89870),
                            true,
                            false)),
            new Presenter(
                    "vg_pres_chen",
                    "Chen",
                    Gender.FEMALE,
                    new Look(
                            rgb(0xE9C29B),
                            rgb(0x141414),
                            Hair.LONG,
                            rgb(0x2B1D14),
                            rgb(0xC25B5B),
                            rgb(0xC0392B),
                            rgb(0xDCE3EA),
                            rgb(0x98A6B5),
                            false,
                            false)),
            new Presenter(
                    "vg_pres_dev",
                    "Dev",
                    Gender.MALE,
                    new Look(
                            rgb(0xB07A4F),
                            rgb(0x1E1A18),
                            Hair.SHORT,
                            rgb(0x2E1E12),
                            rgb(0x9A5A4A),
                            rgb(0x3E8E5A),
                            rgb(0x3B3F58),
                            rgb(0x1E2030),
                            false,
                            true)),
            new Presenter(
                    "vg_pres_eli",
                    "Eli",
                    Gender.NEUTRAL,
                    new Look(
                            rgb(0xF6D7C3),
                            rgb(0xB05FA8),
                            Hair.BOB,
                            rgb(0x4C8C6A),
                            rgb(0xC9777A),
                            rgb(0x6B6F78),
                            rgb(0xF4E1EC),
                            rgb(0xC9A7C2),
                            false,
                            false)),
            new Presenter(
                    "vg_pres_femi",
                    "Femi",
                    Gender.MALE,
                    new Look(
                            rgb(0x5C3A21),
                            rgb(0x120C0A),
                            Hair.SHAVED,
                            rgb(0x24160E),
                            rgb(0x7A3E32),
                            rgb(0x444A57),
                            rgb(0xD9A25F),
                            rgb(0x8C5A2B),
                            true,
                            false)),
            new Presenter(
                    "vg_pres_maya",
                    "Maya",
                    Gender.FEMALE,
                    new Look(
                            rgb(0xD9A07A),
                            rgb(0x7A3B1C),
                            Hair.BUN,
                            rgb(0x3E5F2E),
                            rgb(0xB4524E),
                            rgb(0x7B4FA0),
                            rgb(0xCFE6D4),
                            rgb(0x7FA98A),
                            false,
                            true)));

    private Presenters() {}

    public static Optional<Presenter> find(String id) {
        return BUILT_IN.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static Color rgb(int v) {
        return new Color(v);
    }
}
