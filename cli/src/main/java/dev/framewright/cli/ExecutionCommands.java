package dev.framewright.cli;

import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.ExecutionList;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.StartToolExecutionResponse;
import dev.framewright.contract.ToolType;
import dev.framewright.sdk.ExecutionListParams;
import dev.framewright.sdk.ExecutionStream;
import dev.framewright.sdk.ListParams;
import dev.framewright.sdk.VideoGenException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code videogen executions …}: read, list, cancel and watch tool executions (API.md §2.3–§2.6). */
@Command(
        name = "executions",
        description = "Follow and manage tool executions.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            ExecutionCommands.Get.class,
            ExecutionCommands.ListExecutions.class,
            ExecutionCommands.Cancel.class,
            ExecutionCommands.Watch.class
        })
final class ExecutionCommands {
    abstract static class ExecutionCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        Cli cli() {
            return Runs.root(spec);
        }
    }

    @Command(name = "get", description = "Show an execution.")
    static final class Get extends ExecutionCommand {
        @Parameters(paramLabel = "EXECUTION_ID")
        String id;

        @Override
        public Integer call() throws IOException {
            ExecutedTool e = cli().client().tools().getExecution(id);
            cli().output().object(e, Runs.executionFields(e));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List the team's executions, newest first.")
    static final class ListExecutions extends ExecutionCommand {
        @Option(
                names = "--status",
                split = ",",
                paramLabel = "STATUS",
                description = "pending, running, succeeded, failed, cancelled (comma-separated).")
        List<String> statuses = new ArrayList<>();

        @Option(
                names = "--tool",
                split = ",",
                paramLabel = "TOOL_TYPE",
                description = "e.g. UPSCALE_IMAGE (comma-separated).")
        List<ToolType> tools = new ArrayList<>();

        @Option(names = "--limit", paramLabel = "N", description = "Page size, 1–200 (default: everything up to 1000).")
        Integer limit;

        @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after a previous page.")
        String cursor;

        @Override
        public Integer call() throws IOException {
            List<ExecutionStatus> st = new ArrayList<>();
            for (String s : statuses) {
                try {
                    st.add(ExecutionStatus.fromWire(s.strip().toLowerCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown --status: " + s);
                }
            }
            ExecutionList list = cli().client()
                    .tools()
                    .listExecutions(new ExecutionListParams(st, tools, new ListParams(limit, cursor)));
            Map<String, Function<ExecutedTool, Object>> c = Output.columns();
            c.put("EXECUTION ID", ExecutedTool::toolExecutionId);
            c.put("TOOL", ExecutedTool::toolType);
            c.put("STATUS", e -> e.status() == null ? null : e.status().wire());
            c.put("PROGRESS", e -> e.progressPercentage() + "%");
            c.put("CREATED", e -> Format.time(e.createdAt()));
            c.put(
                    "RESULTS",
                    e -> e.results() == null
                            ? null
                            : String.join(
                                    ",",
                                    e.results().stream().map(r -> r.fileId()).toList()));
            cli().output().table(list, list.executions(), c, list.nextCursor());
            return ExitCodes.OK;
        }
    }

    @Command(name = "cancel", description = "Ask an execution to stop (a finished one is left as it is).")
    static final class Cancel extends ExecutionCommand {
        @Parameters(paramLabel = "EXECUTION_ID")
        String id;

        @Override
        public Integer call() throws IOException {
            StartToolExecutionResponse r = cli().client().tools().cancelExecution(id);
            cli().output().value(r, r.toolExecutionId());
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "watch",
            description = "Follow an execution to its end with a progress bar (Server-Sent Events, or polling where"
                    + " the server has no stream), then print or save its results.")
    static final class Watch extends ExecutionCommand {
        @Parameters(paramLabel = "EXECUTION_ID")
        String id;

        @Option(
                names = {"-o", "--out"},
                paramLabel = "PATH",
                description = "Save the results here (a file, or an existing directory).")
        Path out;

        @Option(names = "--poll", description = "Poll instead of reading the event stream.")
        boolean poll;

        @Option(
                names = "--wait-timeout",
                paramLabel = "SECONDS",
                defaultValue = "3600",
                description = "Give up after this long (default: ${DEFAULT-VALUE}).")
        long waitTimeoutSeconds;

        @Override
        public Integer call() throws IOException {
            Cli cli = cli();
            ExecutedTool now = cli.client().tools().getExecution(id); // 400/404 before any stream
            Duration timeout = Duration.ofSeconds(waitTimeoutSeconds);
            ExecutedTool done = now.status() != null && now.status().isTerminal()
                    ? now
                    : poll ? Runs.follow(cli, id, timeout) : stream(cli, timeout);
            return Runs.finish(cli, done, out);
        }

        private ExecutedTool stream(Cli cli, Duration timeout) throws IOException {
            Progress progress = cli.progress(id);
            try (ExecutionStream s = cli.client().tools().streamExecution(id, e -> progress.update(e.execution()))) {
                return s.await(timeout);
            } catch (VideoGenException noStream) {
                progress.done();
                return Runs.follow(cli, id, timeout); // a server without the [ext] event stream
            } finally {
                progress.done();
            }
        }
    }
}
