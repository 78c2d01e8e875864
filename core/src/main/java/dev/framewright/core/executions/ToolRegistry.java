package dev.framewright.core.executions;

import dev.framewright.contract.ToolType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engines for each tool type, in order of preference. The first available engine serves; the
 * probe results are cached per engine (probing happens at start and on {@link #refresh()}).
 */
public final class ToolRegistry {
    private final Map<ToolType, List<Tool>> tools = new EnumMap<>(ToolType.class);
    private final Map<Tool, EngineInfo> probes = new ConcurrentHashMap<>();

    public ToolRegistry(List<Tool> all) {
        for (Tool t : all) {
            tools.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
        refresh();
    }

    /** Probes every engine again (binaries or model files may have appeared). */
    public void refresh() {
        tools.values().forEach(list -> list.forEach(t -> probes.put(t, t.probe())));
    }

    /** The engine that serves {@code type} now, if any is available. */
    public Optional<Tool> serving(ToolType type) {
        return tools.getOrDefault(type, List.of()).stream()
                .filter(t -> probes.get(t).available())
                .findFirst();
    }

    /** What serves {@code type}: the serving engine's info, else the first engine's (unavailable) info. */
    public Optional<EngineInfo> status(ToolType type) {
        List<Tool> list = tools.getOrDefault(type, List.of());
        return serving(type).map(probes::get).or(() -> list.stream().findFirst().map(probes::get));
    }
}
