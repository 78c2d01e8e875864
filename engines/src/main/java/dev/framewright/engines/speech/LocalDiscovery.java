package dev.framewright.engines.speech;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Local engines' discoveries, made once per process: they depend only on the programs and voice
 * packages installed, which do not change under a running server, and making them runs the programs
 * (seconds). Servers started one after another in one JVM (tests) share them. Thread-safe.
 */
final class LocalDiscovery {
    private static final ConcurrentMap<String, SpeechEngine.Discovery> FOUND = new ConcurrentHashMap<>();

    private LocalDiscovery() {}

    static SpeechEngine.Discovery once(String engine, Supplier<SpeechEngine.Discovery> discover) {
        return FOUND.computeIfAbsent(engine, k -> discover.get());
    }
}
