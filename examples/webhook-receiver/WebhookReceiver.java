import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.framewright.contract.CreateWebhookEndpointRequest;
import dev.framewright.contract.ToolExecutionWebhookPayload;
import dev.framewright.contract.ToolSuccessResult;
import dev.framewright.contract.WebhookEndpoint;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.contract.WebhookPayload;
import dev.framewright.sdk.VideoGenClient;
import dev.framewright.sdk.WebhookVerificationException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * A webhook receiver: registers itself as an endpoint for the tool_execution events, verifies the
 * Standard Webhooks signature of every request (answering 400 to anything unsigned, tampered or
 * stale), skips messages it has seen (by webhook-id), and downloads the results of each succeeded
 * execution. Deletes its endpoint on exit.
 *
 * <p>Run: {@code ./framewright example webhook-receiver [port] [max-executions]} (server and key from
 * VIDEOGEN_BASE_URL and VIDEOGEN_API_KEY). The server must be allowed to call it: for a receiver on
 * this machine, start the server with FRAMEWRIGHT_WEBHOOKS_ALLOW_HTTP=true and
 * FRAMEWRIGHT_OUTBOUND_ALLOW_PRIVATE=true. RECEIVER_URL sets the URL the server calls (default
 * http://127.0.0.1:PORT/webhooks); files go to {@code ./webhook-downloads} or OUT_DIR.
 */
public class WebhookReceiver {
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8787;
        int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        Path out = Path.of(System.getenv().getOrDefault("OUT_DIR", "webhook-downloads"));
        Files.createDirectories(out);
        VideoGenClient client = VideoGenClient.builder().build();

        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        String url = System.getenv().getOrDefault(
                "RECEIVER_URL", "http://127.0.0.1:" + http.getAddress().getPort() + "/webhooks");
        WebhookEndpoint endpoint = client.webhooks()
                .createEndpoint(new CreateWebhookEndpointRequest(
                        url,
                        List.of(
                                WebhookEventName.TOOL_EXECUTION_SUCCEEDED,
                                WebhookEventName.TOOL_EXECUTION_FAILED,
                                WebhookEventName.TOOL_EXECUTION_CANCELLED),
                        "examples/webhook-receiver"));
        String secret = endpoint.signingSecret(); // shown only in this answer: keep it
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(max == Integer.MAX_VALUE ? 1 : max);

        http.createContext("/webhooks", exchange -> {
            try {
                byte[] body = exchange.getRequestBody().readAllBytes(); // verify the raw bytes, as received
                WebhookPayload payload;
                try {
                    payload = client.webhooks().verifyWebhookSignature(body, exchange.getRequestHeaders(), secret);
                } catch (WebhookVerificationException e) {
                    System.out.println("refused: " + e.reason());
                    answer(exchange, 400);
                    return;
                }
                answer(exchange, 204); // answer fast; the server retries anything but a 2xx
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                if (!seen.add(id) || !(payload instanceof ToolExecutionWebhookPayload t)) {
                    return;
                }
                System.out.println(t.event().wire() + " " + t.toolExecutionId() + " " + t.toolType());
                if (t.results() != null) {
                    for (ToolSuccessResult r : t.results()) {
                        Path saved = client.files().downloadFile(r.fileId(), out); // a folder: the server's file name
                        System.out.println("downloaded " + saved + " (" + Files.size(saved) + " bytes)");
                    }
                }
                done.countDown();
            } catch (Exception e) {
                System.out.println("error: " + e);
            } finally {
                exchange.close();
            }
        });
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                client.webhooks().deleteEndpoint(endpoint.endpointId());
            } catch (Exception e) {
                System.out.println("could not delete endpoint " + endpoint.endpointId() + ": " + e);
            }
        }));
        System.out.println("listening on " + url + " as " + endpoint.endpointId());
        done.await();
        http.stop(0);
        System.out.println("webhook-receiver: OK");
        System.exit(0);
    }

    private static void answer(HttpExchange exchange, int status) throws java.io.IOException {
        exchange.sendResponseHeaders(status, -1);
    }
}
