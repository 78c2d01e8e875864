package dev.framewright.cli;

import dev.framewright.sdk.VideoGenClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code videogen}: the root command. Holds the options every command shares (server, key, output)
 * and builds the one SDK client the command uses. Run it with {@link #run}.
 */
@Command(
        name = "videogen",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Cli.Version.class,
        description = "Command line for a VideoGen v1 API server such as Framewright.",
        subcommands = {
            ToolCommands.class,
            FileCommands.class,
            ExecutionCommands.class,
            ResourceCommands.class,
            WebhookCommands.class,
            MeCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0 ok, 1 other error, 2 usage, 3 authentication, 4 not found, 5 invalid input,",
            "  6 rate limited, 7 server error or engine unavailable, 8 execution failed, 9 network.",
            "",
            "Environment: VIDEOGEN_BASE_URL (default " + VideoGenClient.DEFAULT_BASE_URL + "), VIDEOGEN_API_KEY."
        })
final class Cli {
    @Option(
            names = "--base-url",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description = "Server root, e.g. http://127.0.0.1:8080 (default: $VIDEOGEN_BASE_URL, else "
                    + VideoGenClient.DEFAULT_BASE_URL + ").")
    String baseUrl;

    @Option(
            names = "--api-key",
            scope = ScopeType.INHERIT,
            paramLabel = "KEY",
            description = "API key (default: $VIDEOGEN_API_KEY).")
    String apiKey;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print the server's JSON instead of tables.")
    boolean json;

    @Option(
            names = "--timeout",
            scope = ScopeType.INHERIT,
            paramLabel = "SECONDS",
            description = "Per-request timeout (default: ${DEFAULT-VALUE}).",
            defaultValue = "60")
    long timeoutSeconds;

    @Option(
            names = "--max-retries",
            scope = ScopeType.INHERIT,
            paramLabel = "N",
            description = "Retries on 408/409/429/5xx and connection errors (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int maxRetries;

    @Option(
            names = {"-q", "--quiet"},
            scope = ScopeType.INHERIT,
            description = "No progress output on stderr.")
    boolean quiet;

    final Map<String, String> env;
    final PrintWriter out;
    final PrintWriter err;
    final boolean terminal;
    private VideoGenClient client;

    Cli(Map<String, String> env, PrintWriter out, PrintWriter err, boolean terminal) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Runs one command line.
     *
     * @param env where {@code VIDEOGEN_*} are read
     * @param out results (tables, ids, JSON)
     * @param err progress and error messages
     * @param terminal whether {@code err} is an interactive terminal (the progress bar redraws a line)
     * @return the exit code ({@link ExitCodes})
     */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, boolean terminal) {
        Cli cli = new Cli(env, out, err, terminal);
        CommandLine cmd = new CommandLine(cli);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable cause = e;
            if (cause instanceof java.io.UncheckedIOException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println("videogen: " + ExitCodes.message(cause));
            err.flush();
            return ExitCodes.of(cause);
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The client for this run, built once from the flags and the environment. */
    VideoGenClient client() {
        if (client == null) {
            String key = apiKey != null ? apiKey : env.get(VideoGenClient.ENV_API_KEY);
            if (key == null || key.isBlank()) {
                throw new ExitCodes.MissingApiKeyException();
            }
            VideoGenClient.Builder b = VideoGenClient.builder()
                    .environment(env::get)
                    .apiKey(key)
                    .timeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)))
                    .maxRetries(Math.max(0, Math.min(10, maxRetries)));
            if (baseUrl != null) {
                b.baseUrl(baseUrl);
            }
            client = configure(b).build();
        }
        return client;
    }

    /** Applies {@code VIDEOGEN_POLL_INTERVAL_MS} (milliseconds between status reads while waiting). */
    VideoGenClient.Builder configure(VideoGenClient.Builder b) {
        String poll = env.get("VIDEOGEN_POLL_INTERVAL_MS");
        if (poll != null && poll.matches("[1-9][0-9]{0,6}")) {
            b.pollInterval(Duration.ofMillis(Long.parseLong(poll)));
        }
        return b;
    }

    Output output() {
        return new Output(out, json);
    }

    Progress progress(String label) {
        return new Progress(err, terminal, quiet, label);
    }

    /** The version line of {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"videogen " + VideoGenClient.VERSION + " (Framewright Java SDK)"};
        }
    }
}
