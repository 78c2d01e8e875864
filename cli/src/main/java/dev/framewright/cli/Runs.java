package dev.framewright.cli;

import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.FileType;
import dev.framewright.contract.StartToolExecutionResponse;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.ToolRequest;
import dev.framewright.contract.ToolSuccessResult;
import dev.framewright.contract.UploadFileRequest;
import dev.framewright.sdk.ExecutionFailedException;
import dev.framewright.sdk.WaitOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** What the tool commands share: starting, waiting with a progress bar, saving results, file inputs. */
final class Runs {
    private Runs() {}

    /** {@code --wait}, {@code --out}, {@code --wait-timeout}: what to do after the start. */
    static final class WaitMixin {
        @Option(names = "--wait", description = "Wait for the execution to end, with a progress bar on stderr.")
        boolean waitForIt;

        @Option(
                names = {"-o", "--out"},
                paramLabel = "PATH",
                description = "Save the results here (a file, or an existing directory); implies --wait.")
        Path out;

        @Option(
                names = "--wait-timeout",
                paramLabel = "SECONDS",
                defaultValue = "3600",
                description = "Give up waiting after this long (default: ${DEFAULT-VALUE}); the execution goes on.")
        long waitTimeoutSeconds;

        boolean waiting() {
            return waitForIt || out != null;
        }
    }

    /** Starts a tool, then prints its execution id, or waits and prints (or saves) the results. */
    static int start(Cli cli, ToolRequest request, WaitMixin wait) throws IOException {
        StartToolExecutionResponse started = cli.client().tools().start(request);
        String id = started.toolExecutionId();
        if (!wait.waiting()) {
            cli.output().value(started, id);
            return ExitCodes.OK;
        }
        if (!cli.quiet) {
            cli.err.println("started " + id + " (" + request.toolType().path() + ")");
        }
        return finish(cli, follow(cli, id, Duration.ofSeconds(wait.waitTimeoutSeconds)), wait.out);
    }

    /** Polls an execution to its end, drawing the progress bar. */
    static ExecutedTool follow(Cli cli, String id, Duration timeout) throws IOException {
        Progress progress = cli.progress(id);
        try {
            return cli.client().tools().waitForExecution(id, new WaitOptions(null, timeout, progress::update));
        } finally {
            progress.done();
        }
    }

    /**
     * Reports a terminal execution: the result file ids (or saved paths) on success, else an {@link
     * ExecutionFailedException} (exit code 8).
     */
    static int finish(Cli cli, ExecutedTool done, Path out) throws IOException {
        if (done.status() != ExecutionStatus.SUCCEEDED) {
            if (cli.json) {
                cli.output().json(done);
            }
            throw new ExecutionFailedException(done);
        }
        List<String> lines = new ArrayList<>();
        if (out != null) {
            List<ToolSuccessResult> results = done.results();
            for (int i = 0; i < results.size(); i++) {
                ToolSuccessResult r = results.get(i);
                Path target = results.size() == 1 || Files.isDirectory(out) ? out : numbered(out, i + 1);
                StorageFile file =
                        r.file() != null ? r.file() : cli.client().files().getHydratedFile(r.fileId());
                lines.add(cli.client().files().downloadFile(file, target).toString());
            }
        } else {
            done.results().forEach(r -> lines.add(r.fileId()));
        }
        cli.output().value(done, String.join(System.lineSeparator(), lines));
        return ExitCodes.OK;
    }

    /** {@code big.png} → {@code big-2.png}, for the second of several results. */
    static Path numbered(Path out, int n) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        return out.resolveSibling(numbered);
    }

    /**
     * A file input: a {@code vg_file_…} id as it is, or a local file, which is uploaded first (and
     * waited for) so that one command can go from a local file to a result.
     */
    static String fileInput(Cli cli, CommandSpec spec, String value, String option, FileType type) throws IOException {
        if (value == null) {
            return null;
        }
        if (value.startsWith("vg_file_")) {
            return value;
        }
        Path p = Path.of(value);
        if (!Files.isRegularFile(p)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + ": '" + value + "' is neither a file id (vg_file_…) nor a local file");
        }
        if (!cli.quiet) {
            cli.err.println("uploading " + p + " …");
        }
        StorageFile f = cli.client()
                .files()
                .uploadFile(p, new UploadFileRequest(p.getFileName().toString(), type, null));
        if (!cli.quiet) {
            cli.err.println("uploaded " + f.fileId());
        }
        return f.fileId();
    }

    /** The root command of a subcommand. */
    static Cli root(CommandSpec spec) {
        return (Cli) spec.root().userObject();
    }

    static Map<String, Object> executionFields(ExecutedTool e) {
        Map<String, Object> f = Output.fields();
        f.put("toolExecutionId", e.toolExecutionId());
        f.put("toolType", e.toolType());
        f.put("status", e.status() == null ? null : e.status().wire());
        f.put("progress", e.progressPercentage() + "%");
        f.put("createdAt", Format.time(e.createdAt()));
        f.put("startedAt", Format.time(e.startedAt()));
        f.put("completedAt", Format.time(e.completedAt()));
        if (e.error() != null) {
            f.put("error", e.error().code() + ": " + e.error().message());
        }
        if (e.results() != null) {
            for (int i = 0; i < e.results().size(); i++) {
                ToolSuccessResult r = e.results().get(i);
                f.put("result[" + i + "]", r.fileId() + " (" + r.type() + ")");
            }
        }
        return f;
    }
}
