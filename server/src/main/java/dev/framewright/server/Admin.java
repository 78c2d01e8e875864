package dev.framewright.server;

import dev.framewright.core.auth.ApiKey;
import dev.framewright.core.auth.ApiKeys;
import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.Teams;
import dev.framewright.core.ratelimits.RateLimits;
import dev.framewright.server.config.ConfigSources;
import dev.framewright.server.config.ServerConfig;
import dev.framewright.store.jdbc.JdbcStorage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator commands that work on the store directly (the server may be running: both share the
 * database, and revocation takes effect at the next request on every node).
 */
final class Admin {
    private Admin() {}

    static int run(String group, List<String> args, Map<String, String> env, PrintStream out)
            throws java.io.IOException {
        List<String> positional = new ArrayList<>();
        Map<String, String> opts = new HashMap<>();
        List<String> rateLimits = new ArrayList<>();
        List<String> settingFlags = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && i + 1 < args.size()) {
                String name = a.substring(2);
                if (name.equals("rate-limit")) {
                    rateLimits.add(args.get(++i));
                } else if (List.of("team", "name", "concurrency", "watermark-free")
                        .contains(name)) {
                    opts.put(name, args.get(++i));
                } else {
                    settingFlags.add(a);
                    settingFlags.add(args.get(++i));
                }
            } else {
                positional.add(a);
            }
        }
        if (positional.isEmpty()) {
            throw new IllegalArgumentException(group + " needs a subcommand; see 'framewright help'");
        }
        ServerConfig config = ServerConfig.from(ConfigSources.load(settingFlags, env));
        Files.createDirectories(config.dataDir());
        Clock clock = Clock.systemUTC();
        try (JdbcStorage storage =
                new JdbcStorage(config.databaseUrl(), config.databaseUser(), config.databasePassword()).start()) {
            Teams teams = new Teams(storage.teams(), clock);
            teams.ensureDefault(config.teamConcurrency());
            ApiKeys keys = new ApiKeys(storage.keys(), storage.teams(), clock);
            String sub = positional.get(0);
            return switch (group + " " + sub) {
                case "keys create" -> {
                    Team team = team(storage, opts.getOrDefault("team", Team.DEFAULT_TEAM_NAME));
                    RateLimits limits = updated(RateLimits.NONE, rateLimits);
                    ApiKeys.Issued issued = keys.issue(team.id(), opts.get("name"));
                    storage.rateLimits().replaceOverrides(issued.key().id(), limits);
                    out.println("Created key " + issued.key().id() + " for team " + team.name() + ". Shown only once:");
                    out.println(issued.secret());
                    yield 0;
                }
                case "keys list" -> {
                    for (ApiKey k : storage.keys().list()) {
                        out.printf(
                                "%s  team=%s  name=%s  %s  rateLimits=%s%n",
                                k.id(),
                                k.teamId(),
                                k.name() == null ? "-" : k.name(),
                                k.active() ? "active" : "revoked " + k.revokedAt(),
                                describe(storage.rateLimits().overrides(k.id())));
                    }
                    yield 0;
                }
                case "keys revoke" -> {
                    String id = arg(positional, 1, "keys revoke KEY_ID");
                    if (!storage.keys().revoke(id, clock.instant())) {
                        throw new IllegalArgumentException("no active key " + id);
                    }
                    out.println("Revoked " + id);
                    yield 0;
                }
                case "keys update" -> {
                    String id = arg(positional, 1, "keys update KEY_ID --rate-limit GROUP=LIMIT|default …");
                    storage.keys().find(id).orElseThrow(() -> new IllegalArgumentException("no key " + id));
                    RateLimits limits = updated(storage.rateLimits().overrides(id), rateLimits);
                    storage.rateLimits().replaceOverrides(id, limits);
                    out.println("Updated key " + id + ": rateLimits=" + describe(limits));
                    yield 0;
                }
                case "teams create" -> {
                    RateLimits limits = updated(RateLimits.NONE, rateLimits);
                    Team t = teams.create(
                            arg(positional, 1, "teams create NAME"),
                            Boolean.parseBoolean(opts.getOrDefault("watermark-free", "true")),
                            Integer.parseInt(
                                    opts.getOrDefault("concurrency", String.valueOf(Team.DEFAULT_CONCURRENCY_CAP))));
                    storage.rateLimits().replaceOverrides(t.id(), limits);
                    out.println("Created team " + t.name() + " (" + t.id() + ")");
                    yield 0;
                }
                case "teams list" -> {
                    for (Team t : storage.teams().list()) {
                        out.printf(
                                "%s  %s  concurrency=%d  watermarkFree=%s  rateLimits=%s%n",
                                t.id(),
                                t.name(),
                                t.concurrencyCap(),
                                t.watermarkFree(),
                                describe(storage.rateLimits().overrides(t.id())));
                    }
                    yield 0;
                }
                case "teams update" -> {
                    Team t = team(storage, arg(positional, 1, "teams update NAME"));
                    Team updated = new Team(
                            t.id(),
                            t.name(),
                            Boolean.parseBoolean(
                                    opts.getOrDefault("watermark-free", String.valueOf(t.watermarkFree()))),
                            Integer.parseInt(opts.getOrDefault("concurrency", String.valueOf(t.concurrencyCap()))),
                            t.createdAt());
                    RateLimits limits = updated(storage.rateLimits().overrides(t.id()), rateLimits);
                    storage.teams().update(updated);
                    storage.rateLimits().replaceOverrides(t.id(), limits);
                    out.println("Updated team " + t.name());
                    yield 0;
                }
                default -> throw new IllegalArgumentException("unknown command '" + group + " " + sub + "'");
            };
        }
    }

    /** {@code current} with each {@code --rate-limit} value applied ({@code group=limit,…}; {@code =default} removes). */
    private static RateLimits updated(RateLimits current, List<String> specs) {
        RateLimits out = current;
        for (String spec : specs) {
            out = out.updatedBy(spec);
        }
        return out;
    }

    private static String describe(RateLimits limits) {
        return limits.isEmpty() ? "defaults" : limits.toString();
    }

    private static Team team(JdbcStorage storage, String name) {
        return storage.teams()
                .findByName(name)
                .or(() -> storage.teams().find(name))
                .orElseThrow(() -> new IllegalArgumentException("no team named " + name));
    }

    private static String arg(List<String> positional, int i, String usage) {
        if (positional.size() <= i) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        return positional.get(i);
    }
}
