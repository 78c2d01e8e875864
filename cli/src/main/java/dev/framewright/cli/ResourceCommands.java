package dev.framewright.cli;

import dev.framewright.contract.AvatarPresenter;
import dev.framewright.contract.AvatarPresenterList;
import dev.framewright.contract.EngineList;
import dev.framewright.contract.EngineStatus;
import dev.framewright.contract.TtsVoice;
import dev.framewright.contract.TtsVoiceList;
import dev.framewright.sdk.ListParams;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code videogen resources …}: the catalogues (API.md §4). */
@Command(
        name = "resources",
        description = "List voices, presenters and engines.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ResourceCommands.Voices.class, ResourceCommands.Presenters.class, ResourceCommands.Engines.class
        })
final class ResourceCommands {
    abstract static class ResourceCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        Cli cli() {
            return Runs.root(spec);
        }
    }

    @Command(name = "voices", description = "Text-to-speech voices.")
    static final class Voices extends ResourceCommand {
        @Option(names = "--include-deprecated", description = "List deprecated voices too.")
        boolean includeDeprecated;

        @Override
        public Integer call() throws IOException {
            TtsVoiceList list = cli().client().resources().listTtsVoices(includeDeprecated, ListParams.ALL);
            Map<String, Function<TtsVoice, Object>> c = Output.columns();
            c.put("VOICE ID", TtsVoice::voiceId);
            c.put("LANGUAGE", TtsVoice::languageCode);
            c.put("GENDER", TtsVoice::displayGender);
            c.put("DIRECT", v -> v.supportsDirectToolExecution() ? "yes" : "no");
            c.put("NAME", v -> v.displayName() + (v.isDeprecated() ? " (deprecated)" : ""));
            cli().output().table(list, list.ttsVoices(), c, list.nextCursor());
            return ExitCodes.OK;
        }
    }

    @Command(name = "presenters", description = "Avatar presenters.")
    static final class Presenters extends ResourceCommand {
        @Override
        public Integer call() throws IOException {
            AvatarPresenterList list = cli().client().resources().listAvatarPresenters();
            Map<String, Function<AvatarPresenter, Object>> c = Output.columns();
            c.put("PRESENTER ID", AvatarPresenter::avatarPresenterId);
            c.put("GENDER", AvatarPresenter::displayableGender);
            c.put("PREVIEW", AvatarPresenter::previewVideoUrl);
            cli().output().table(list, list.avatarPresenters(), c, list.nextCursor());
            return ExitCodes.OK;
        }
    }

    @Command(name = "engines", description = "Which engine serves each tool, and whether it can run now.")
    static final class Engines extends ResourceCommand {
        @Override
        public Integer call() throws IOException {
            EngineList list = cli().client().resources().listEngines();
            Map<String, Function<EngineStatus, Object>> c = Output.columns();
            c.put("CAPABILITY", EngineStatus::capability);
            c.put("AVAILABLE", e -> e.available() ? "yes" : "no");
            c.put(
                    "ENGINE",
                    e -> e.engine() == null ? null : e.engine() + (e.version() == null ? "" : " " + e.version()));
            c.put("REASON", EngineStatus::reason);
            cli().output().table(list, list.engines(), c, null);
            return ExitCodes.OK;
        }
    }
}
