package dev.framewright.engines.avatar;

import dev.framewright.core.executions.Catalog;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The presenter half of the start-time {@link Catalog}: the built-in presenters, listed only while
 * the avatar engine can run (so the list never offers what cannot be produced). Knows no voices;
 * combine it with a voice catalogue through {@link Catalog#combine}.
 */
public final class PresenterCatalog implements Catalog {
    private final BooleanSupplier engineAvailable;

    /** @param engineAvailable whether {@code generate-avatar} has an available engine now */
    public PresenterCatalog(BooleanSupplier engineAvailable) {
        this.engineAvailable = engineAvailable;
    }

    /** The presenters to list, in catalogue order; empty when the avatar engine cannot run. */
    public List<Presenter> presenters() {
        return engineAvailable.getAsBoolean() ? Presenters.BUILT_IN : List.of();
    }

    public Optional<Presenter> presenter(String id) {
        return presenters().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Voice> voice(String voiceId) {
        return Optional.empty();
    }

    @Override
    public boolean hasPresenter(String presenterId) {
        return presenter(presenterId).isPresent();
    }
}
