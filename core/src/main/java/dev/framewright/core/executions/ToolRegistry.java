package dev.framewright.core.executions;

import dev.framewright.contract.ToolType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engines for each tool type, in order of preference. The first available engine serves; the
 * probe results are cached per engine (probing happens at start and on {@link #refresh()}).
 */
public final class ToolRegistry {
    private final Map<ToolType, List<Tool>> tools = new EnumMap<>(ToolType.class);
    private final Map<Tool, EngineInfo> probes = new ConcurrentHashMap<>();
    private final Set<String> disabled;

    public ToolRegistry(List<Tool> all) {
        this(all, Set.of());
    }

    /**
     * @param disabled engine names the operator switched off (they report unavailable and never serve)
     * @throws IllegalArgumentException naming a disabled engine that does not exist
     */
    public ToolRegistry(List<Tool> all, Set<String> disabled) {
        this(all, disabled, Set.of());
    }

    /**
     * @param otherEngines names of engines that are not tools (e.g. the analysis engines), which
     *     {@code disabled} may also name
     * @throws IllegalArgumentException naming a disabled engine that does not exist
     */
    public ToolRegistry(List<Tool> all, Set<String> disabled, Set<String> otherEngines) {
        this.disabled = Set.copyOf(disabled);
        for (Tool t : all) {
            tools.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
        refresh();
        Set<String> known = new TreeSet<>(otherEngines);
        probes.values().forEach(i -> known.add(i.engine()));
        for (String name : disabled) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown engine '" + name + "' in engines-disabled; known engines: "
                        + String.join(", ", known));
            }
        }
    }

    /** Probes every engine again (binaries or model files may have appeared). */
    public void refresh() {
        tools.values().forEach(list -> list.forEach(t -> probes.put(t, probe(t))));
    }

    private EngineInfo probe(Tool t) {
        EngineInfo info = t.probe();
        if (disabled.contains(info.engine())) {
            return new EngineInfo(
                    info.engine(),
                    info.version(),
                    info.license(),
                    false,
                    "disabled by configuration (FRAMEWRIGHT_ENGINES_DISABLED)",
                    info.details());
        }
        return info;
    }

    /** The engine that serves {@code type} now, if any is available. */
    public Optional<Tool> serving(ToolType type) {
        return tools.getOrDefault(type, List.of()).stream()
                .filter(t -> probes.get(t).available())
                .findFirst();
    }

    /** Every engine of {@code type} in order of preference, with its probe (after the disabled switch). */
    public List<EngineInfo> engines(ToolType type) {
        return tools.getOrDefault(type, List.of()).stream().map(probes::get).toList();
    }

    /** What serves {@code type}: the serving engine's info, else the first engine's (unavailable) info. */
    public Optional<EngineInfo> status(ToolType type) {
        List<Tool> list = tools.getOrDefault(type, List.of());
        return serving(type).map(probes::get).or(() -> list.stream().findFirst().map(probes::get));
    }
}
