package dev.framewright.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Raw setting values by precedence: defaults ← config file ← environment ← flags. The file is a Java
 * properties file using the setting keys ({@code port=8080}); its path comes from {@code --config} or
 * {@code FRAMEWRIGHT_CONFIG}.
 */
public final class ConfigSources {
    private final Map<String, String> file;
    private final Map<String, String> env;
    private final Map<String, String> flags;

    private ConfigSources(Map<String, String> file, Map<String, String> env, Map<String, String> flags) {
        this.file = file;
        this.env = env;
        this.flags = flags;
    }

    /**
     * @param args command-line flags ({@code --key value} or {@code --key=value})
     * @throws ConfigException for unknown flags, keys or an unreadable file
     */
    public static ConfigSources load(List<String> args, Map<String, String> env) {
        Map<String, String> flags = parseFlags(args);
        String configPath = flags.remove("config");
        if (configPath == null) {
            configPath = env.get("FRAMEWRIGHT_CONFIG");
        }
        Map<String, String> file =
                configPath == null || configPath.isBlank() ? Map.of() : readFile(Path.of(configPath));
        return new ConfigSources(file, env, flags);
    }

    /** The value of a setting from the highest-precedence source that has it. */
    public Optional<String> get(Setting s) {
        if (flags.containsKey(s.key())) {
            return Optional.of(flags.get(s.key()));
        }
        if (env.containsKey(s.env())) {
            return Optional.of(env.get(s.env()));
        }
        return Optional.ofNullable(file.get(s.key()));
    }

    private static Map<String, String> parseFlags(List<String> args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || a.length() == 2) {
                throw new ConfigException("unexpected argument '" + a + "' (settings are given as --name value)");
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new ConfigException("flag --" + name + " needs a value");
            }
            if (!name.equals("config") && known(name) == null) {
                throw new ConfigException("unknown flag --" + name + "; see docs/configuration.md");
            }
            out.put(name, value);
        }
        return out;
    }

    private static Map<String, String> readFile(Path path) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage());
        }
        Map<String, String> out = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (known(k) == null) {
                throw new ConfigException("unknown setting '" + k + "' in " + path + "; see docs/configuration.md");
            }
            out.put(k, p.getProperty(k).trim());
        }
        return out;
    }

    private static Setting known(String key) {
        return Settings.ALL.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElse(null);
    }
}
