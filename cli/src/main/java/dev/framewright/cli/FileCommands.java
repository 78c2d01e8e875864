package dev.framewright.cli;

import dev.framewright.contract.FileList;
import dev.framewright.contract.FileType;
import dev.framewright.contract.SearchFilesRequest;
import dev.framewright.contract.SearchFilesResponse;
import dev.framewright.contract.SearchResult;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.UploadFileRequest;
import dev.framewright.contract.UploadFileResponse;
import dev.framewright.sdk.ListParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code videogen files …}: the file endpoints (API.md §3) and the upload and download helpers. */
@Command(
        name = "files",
        description = "Upload, download, list and manage files.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            FileCommands.Upload.class,
            FileCommands.Download.class,
            FileCommands.ListFiles.class,
            FileCommands.Get.class,
            FileCommands.Hydrate.class,
            FileCommands.Archive.class,
            FileCommands.Search.class,
            FileCommands.EnablePreview.class,
            FileCommands.DisablePreview.class
        })
final class FileCommands {
    abstract static class FileCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        Cli cli() {
            return Runs.root(spec);
        }

        /** Prints one file: JSON, or its fields. */
        Integer print(StorageFile f) {
            cli().output().object(f, Format.file(f));
            return ExitCodes.OK;
        }
    }

    /** The columns of a file table. */
    static Map<String, Function<StorageFile, Object>> fileColumns() {
        Map<String, Function<StorageFile, Object>> c = Output.columns();
        c.put("FILE ID", StorageFile::fileId);
        c.put("TYPE", StorageFile::type);
        c.put("SCOPE", StorageFile::scope);
        c.put("DOWNLOAD", f -> Format.source(f.downloadSource()));
        c.put("NAME", StorageFile::displayName);
        return c;
    }

    @Command(
            name = "upload",
            description = "Upload a local file and print its id. With --wait, also wait until the server has"
                    + " processed it (usable as a tool input).")
    static final class Upload extends FileCommand {
        @Parameters(paramLabel = "PATH", description = "The file to upload.")
        Path path;

        @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the file's name).")
        String name;

        @Option(names = "--type", paramLabel = "TYPE", description = "IMAGE, VIDEO or AUDIO (default: detected).")
        FileType type;

        @Option(names = "--temporary", description = "Scope TEMPORARY: archived after 24 h, never analyzed.")
        Boolean temporary;

        @Option(names = "--wait", description = "Wait until the download or preview is ready.")
        boolean waitForIt;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not a readable file: " + path);
            }
            UploadFileRequest request = new UploadFileRequest(
                    name != null ? name : path.getFileName().toString(), type, temporary);
            if (waitForIt) {
                StorageFile f = cli().client().files().uploadFile(path, request);
                cli().output().value(f, f.fileId());
            } else {
                UploadFileResponse created = cli().client().files().uploadBytes(path, request);
                cli().output().value(created, created.fileId());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "download", description = "Download a file's bytes and print the path written.")
    static final class Download extends FileCommand {
        @Parameters(paramLabel = "FILE_ID")
        String fileId;

        @Option(
                names = {"-o", "--out"},
                paramLabel = "PATH",
                description = "A file, or an existing directory (default: the current directory, under the"
                        + " server's file name).")
        Path out;

        @Override
        public Integer call() throws IOException {
            Path written = cli().client().files().downloadFile(fileId, out != null ? out : Path.of("."));
            cli().output().value(Map.of("fileId", fileId, "path", written.toString()), written.toString());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List the team's files, most recently updated first.")
    static final class ListFiles extends FileCommand {
        @Option(names = "--limit", paramLabel = "N", description = "Page size, 1–200 (default: everything up to 1000).")
        Integer limit;

        @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after a previous page.")
        String cursor;

        @Override
        public Integer call() throws IOException {
            FileList list = cli().client().files().list(new ListParams(limit, cursor));
            cli().output().table(list, list.files(), fileColumns(), list.nextCursor());
            return ExitCodes.OK;
        }
    }

    @Command(name = "get", description = "Show a file.")
    static final class Get extends FileCommand {
        @Parameters(paramLabel = "FILE_ID")
        String fileId;

        @Override
        public Integer call() throws IOException {
            return print(cli().client().files().get(fileId));
        }
    }

    @Command(name = "hydrate", description = "Show a file with freshly signed URLs.")
    static final class Hydrate extends FileCommand {
        @Parameters(paramLabel = "FILE_ID")
        String fileId;

        @Override
        public Integer call() throws IOException {
            return print(cli().client().files().hydrate(fileId));
        }
    }

    @Command(name = "archive", description = "Archive a file (hidden from list and search; not undoable).")
    static final class Archive extends FileCommand {
        @Parameters(paramLabel = "FILE_ID")
        String fileId;

        @Override
        public Integer call() throws IOException {
            return print(cli().client().files().archive(fileId));
        }
    }

    @Command(name = "enable-preview", description = "Give a file public, non-expiring preview URLs.")
    static final class EnablePreview extends FileCommand {
        @Parameters(paramLabel = "FILE_ID")
        String fileId;

        @Override
        public Integer call() throws IOException {
            return print(cli().client().files().enablePublicPreview(fileId));
        }
    }

    @Command(name = "disable-preview", description = "Revoke a file's public preview URLs.")
    static final class DisablePreview extends FileCommand {
        @Parameters(paramLabel = "FILE_ID")
        String fileId;

        @Override
        public Integer call() throws IOException {
            return print(cli().client().files().disablePublicPreview(fileId));
        }
    }

    @Command(name = "search", description = "Find analyzed files by meaning.")
    static final class Search extends FileCommand {
        @Parameters(paramLabel = "QUERY")
        String query;

        @Option(names = "--num-results", paramLabel = "N", description = "At most this many, 1–100 (default 10).")
        Integer numResults;

        @Option(names = "--self-only", description = "Only files created with this API key.")
        Boolean selfOnly;

        @Override
        public Integer call() throws IOException {
            SearchFilesResponse r = cli().client().files().search(new SearchFilesRequest(query, numResults, selfOnly));
            Map<String, Function<SearchResult, Object>> c = Output.columns();
            c.put("SIMILARITY", s -> String.format("%.3f", s.similarity()));
            c.put("FILE ID", s -> s.file().fileId());
            c.put("TYPE", s -> s.file().type());
            c.put("NAME", s -> s.file().displayName());
            cli().output().table(r, r.results(), c, null);
            return ExitCodes.OK;
        }
    }
}
