package dev.framewright.cli;

import dev.framewright.contract.CreateWebhookEndpointRequest;
import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.FileWebhookPayload;
import dev.framewright.contract.ToolExecutionWebhookPayload;
import dev.framewright.contract.WebhookDelivery;
import dev.framewright.contract.WebhookDeliveryList;
import dev.framewright.contract.WebhookEndpoint;
import dev.framewright.contract.WebhookEndpointList;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.contract.WebhookPayload;
import dev.framewright.sdk.ListParams;
import dev.framewright.sdk.VideoGenClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code videogen webhooks …}: webhook endpoints and deliveries (API.md §5), and signature checks (§9.3). */
@Command(
        name = "webhooks",
        description = "Manage webhook endpoints and deliveries.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            WebhookCommands.ListEndpoints.class,
            WebhookCommands.Create.class,
            WebhookCommands.Delete.class,
            WebhookCommands.Deliveries.class,
            WebhookCommands.Replay.class,
            WebhookCommands.RotateSecret.class,
            WebhookCommands.Verify.class
        })
final class WebhookCommands {
    abstract static class WebhookCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        Cli cli() {
            return Runs.root(spec);
        }

        Integer print(WebhookEndpoint e) {
            Map<String, Object> f = Output.fields();
            f.put("endpointId", e.endpointId());
            f.put("url", e.url());
            f.put(
                    "events",
                    e.events() == null
                            ? null
                            : String.join(
                                    ", ",
                                    e.events().stream()
                                            .map(WebhookEventName::wire)
                                            .toList()));
            f.put("description", e.description());
            f.put("status", e.status() == null ? null : e.status().wire());
            f.put("disabledReason", e.disabledReason());
            f.put("createdAt", Format.time(e.createdAt()));
            f.put(
                    "signingSecret",
                    e.signingSecret() == null ? null : e.signingSecret() + "  (shown only now: keep it)");
            f.put("signingSecretLast4", e.signingSecretLast4());
            cli().output().object(e, f);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List the team's webhook endpoints.")
    static final class ListEndpoints extends WebhookCommand {
        @Override
        public Integer call() throws IOException {
            WebhookEndpointList list = cli().client().webhooks().listEndpoints();
            Map<String, Function<WebhookEndpoint, Object>> c = Output.columns();
            c.put("ENDPOINT ID", WebhookEndpoint::endpointId);
            c.put("STATUS", e -> e.status() == null ? null : e.status().wire());
            c.put("EVENTS", e -> e.events() == null ? null : e.events().size());
            c.put("SECRET", e -> "…" + e.signingSecretLast4());
            c.put("URL", WebhookEndpoint::url);
            cli().output().table(list, list.endpoints(), c, list.nextCursor());
            return ExitCodes.OK;
        }
    }

    @Command(name = "create", description = "Register a webhook endpoint; prints its signing secret once.")
    static final class Create extends WebhookCommand {
        @Option(names = "--url", required = true, description = "Absolute https URL of your receiver.")
        String url;

        @Option(
                names = "--event",
                required = true,
                split = ",",
                paramLabel = "EVENT",
                description = "Event names, e.g. tool_execution.succeeded,file.download_ready (repeatable).")
        List<String> events = new ArrayList<>();

        @Option(names = "--description", description = "Up to 1000 characters.")
        String description;

        @Override
        public Integer call() throws IOException {
            List<WebhookEventName> names = new ArrayList<>();
            for (String e : events) {
                try {
                    names.add(WebhookEventName.fromWire(e.strip()));
                } catch (IllegalArgumentException bad) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(),
                            "unknown --event: " + e + " (one of: "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(WebhookEventName.values())
                                                    .map(WebhookEventName::wire)
                                                    .toList())
                                    + ")");
                }
            }
            return print(cli().client()
                    .webhooks()
                    .createEndpoint(new CreateWebhookEndpointRequest(url, names, description)));
        }
    }

    @Command(name = "delete", description = "Delete a webhook endpoint; delivery stops at once.")
    static final class Delete extends WebhookCommand {
        @Parameters(paramLabel = "ENDPOINT_ID")
        String id;

        @Override
        public Integer call() throws IOException {
            cli().client().webhooks().deleteEndpoint(id);
            cli().output().value(Map.of("endpointId", id, "deleted", true), id);
            return ExitCodes.OK;
        }
    }

    @Command(name = "deliveries", description = "List an endpoint's deliveries, newest first.")
    static final class Deliveries extends WebhookCommand {
        @Parameters(paramLabel = "ENDPOINT_ID")
        String id;

        @Option(names = "--status", paramLabel = "STATUS", description = "pending, succeeded or failed.")
        String status;

        @Option(names = "--limit", paramLabel = "N", description = "Page size, 1–200.")
        Integer limit;

        @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after a previous page.")
        String cursor;

        @Override
        public Integer call() throws IOException {
            DeliveryStatus st = null;
            if (status != null) {
                try {
                    st = DeliveryStatus.fromWire(status.strip().toLowerCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "unknown --status: " + status);
                }
            }
            WebhookDeliveryList list = cli().client().webhooks().listDeliveries(id, st, new ListParams(limit, cursor));
            Map<String, Function<WebhookDelivery, Object>> c = Output.columns();
            c.put("DELIVERY ID", WebhookDelivery::deliveryId);
            c.put("EVENT", d -> d.event() == null ? null : d.event().wire());
            c.put("STATUS", d -> d.status() == null ? null : d.status().wire());
            c.put("ATTEMPTS", d -> d.attempts() == null ? 0 : d.attempts().size());
            c.put("CREATED", d -> Format.time(d.createdAt()));
            c.put("WEBHOOK ID", WebhookDelivery::webhookId);
            cli().output().table(list, list.deliveries(), c, list.nextCursor());
            return ExitCodes.OK;
        }
    }

    @Command(name = "replay", description = "Send a delivery once more, now.")
    static final class Replay extends WebhookCommand {
        @Parameters(index = "0", paramLabel = "ENDPOINT_ID")
        String id;

        @Parameters(index = "1", paramLabel = "DELIVERY_ID")
        String deliveryId;

        @Override
        public Integer call() throws IOException {
            WebhookDelivery d = cli().client().webhooks().replayDelivery(id, deliveryId);
            cli().output()
                    .value(
                            d,
                            d.deliveryId() + " "
                                    + (d.status() == null ? "" : d.status().wire()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "rotate-secret", description = "Issue a new signing secret; the old one keeps signing for 24 h.")
    static final class RotateSecret extends WebhookCommand {
        @Parameters(paramLabel = "ENDPOINT_ID")
        String id;

        @Override
        public Integer call() throws IOException {
            return print(cli().client().webhooks().rotateSecret(id));
        }
    }

    @Command(
            name = "verify",
            description = "Check a received webhook's signature (no server needed) and print its event.")
    static final class Verify extends WebhookCommand {
        @Parameters(paramLabel = "BODY_FILE", description = "The raw request body, exactly as received.")
        Path body;

        @Option(names = "--secret", required = true, description = "The endpoint's whsec_… signing secret.")
        String secret;

        @Option(names = "--id", required = true, paramLabel = "WEBHOOK_ID", description = "The webhook-id header.")
        String webhookId;

        @Option(names = "--timestamp", required = true, description = "The webhook-timestamp header.")
        String timestamp;

        @Option(names = "--signature", required = true, description = "The webhook-signature header.")
        String signature;

        @Override
        public Integer call() throws IOException {
            String raw = Files.readString(body);
            WebhookPayload p = VideoGenClient.builder()
                    .environment(n -> null)
                    .apiKey("verification-needs-no-key")
                    .build()
                    .webhooks()
                    .verifyWebhookSignature(raw, webhookId, timestamp, signature, secret);
            String subject = p instanceof ToolExecutionWebhookPayload
                    ? ((ToolExecutionWebhookPayload) p).toolExecutionId()
                    : ((FileWebhookPayload) p).fileId();
            cli().output()
                    .value(
                            p,
                            "valid: "
                                    + (p.event() == null
                                            ? "unknown event"
                                            : p.event().wire()) + " " + subject);
            return ExitCodes.OK;
        }
    }
}
