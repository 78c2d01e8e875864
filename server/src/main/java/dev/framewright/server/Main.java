package dev.framewright.server;

import dev.framewright.server.config.ConfigException;
import dev.framewright.server.config.ConfigSources;
import dev.framewright.server.config.ServerConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Entry point of the server jar: {@code serve}, and the operator's {@code keys} and {@code teams} commands. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            out.println(usage());
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "serve" -> serve(rest, out);
                case "keys", "teams" -> Admin.run(args.get(0), rest, System.getenv(), out);
                default -> {
                    err.println("framewright: unknown command '" + args.get(0) + "'\n" + usage());
                    yield 2;
                }
            };
        } catch (ConfigException | IllegalArgumentException | java.io.IOException e) {
            err.println("framewright: " + e.getMessage());
            return 2;
        }
    }

    private static int serve(List<String> flags, PrintStream out) {
        ServerConfig config = ServerConfig.from(ConfigSources.load(flags, System.getenv()));
        FramewrightServer server;
        try {
            server = FramewrightServer.start(config, Clock.systemUTC());
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            System.err.println("framewright: the server could not start: " + e.getMessage());
            return 1;
        }
        out.println("Framewright is running.");
        out.println("Effective configuration:");
        config.describe(server.port()).forEach(l -> out.println("  " + l));
        String base = server.baseUrl();
        if (server.firstStartKey() != null) {
            out.println();
            out.println("An API key was created for the default team. It is shown only this once:");
            out.println();
            out.println("  " + server.firstStartKey());
            out.println();
            out.println("Try it:");
            out.println("  curl -s -H 'Authorization: Bearer " + server.firstStartKey() + "' " + base + "/v1/me");
        } else {
            out.println();
            out.println("Try it (use your API key; './framewright keys create --team default' makes a new one):");
            out.println("  curl -s -H \"Authorization: Bearer $KEY\" " + base + "/v1/me");
        }
        out.println("Listening on " + base + "  (GET " + base + "/healthz)");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stop.countDown();
                        },
                        "shutdown"));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static String usage() {
        return """
                usage: framewright <command> [options]
                  serve [--port N] [--data-dir DIR] [--config FILE] [--<setting> VALUE]…   start the server
                  keys create --team NAME [--name NAME] [--rate-limit G=N,…]   issue an API key (shown once)
                  keys list                                list keys (never their secrets)
                  keys update KEY_ID --rate-limit G=N|default,…   set or clear the key's hourly limits
                  keys revoke KEY_ID                       revoke a key at once
                  teams create NAME [--concurrency N] [--watermark-free true|false] [--rate-limit G=N,…]
                  teams list
                  teams update NAME [--concurrency N] [--watermark-free true|false] [--rate-limit G=N|default,…]
                Rate-limit groups (API.md §1.7): tools-start, files-read, … ; a key's limit wins over its team's.
                Settings: docs/configuration.md (each is also FRAMEWRIGHT_<NAME> in the environment).""";
    }
}
