package dev.framewright.cli;

import dev.framewright.contract.MeResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code videogen me}: who the API key is (API.md §6); a quick check of the address and key. */
@Command(name = "me", description = "Show the API key's id, team and nickname.")
final class MeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Cli cli = Runs.root(spec);
        MeResponse me = cli.client().me();
        Map<String, Object> f = Output.fields();
        f.put("apiKeyId", me.apiKeyId());
        f.put("teamId", me.teamId());
        f.put("apiKeyNickname", me.apiKeyNickname());
        f.put("teamName", me.teamName());
        f.put("server", cli.client().baseUrl());
        cli.output().object(me, f);
        return ExitCodes.OK;
    }
}
