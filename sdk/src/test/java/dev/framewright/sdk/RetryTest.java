package dev.framewright.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.CreateWebhookEndpointRequest;
import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.UploadFileRequest;
import dev.framewright.contract.UpscaleImageRequest;
import dev.framewright.contract.WebhookEventName;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retries against a real server (API.md §1.7, §1.8, §1.10): a real 429 with {@code Retry-After} from
 * the server's own rate limiter, scripted 429/503s from a loopback proxy in front of it ({@code
 * Retry-After} as an HTTP date, {@code X-RateLimit-Reset}, exponential backoff), and dropped responses
 * after the server did the work, where the automatic {@code Idempotency-Key} keeps the retry from
 * creating a second execution or file.
 */
class RetryTest {
    @TempDir
    static Path data;

    @TempDir
    static Path work;

    static final ShiftedClock clock = new ShiftedClock();
    static TestServer server;
    static StorageFile image;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(data, clock, "--rate-limits", "files-read=2");
        image = server.client().files().uploadFile(Media.png(work, "retry.png", 32, 24));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRealRateLimitIsWaitedOutPerRetryAfter() throws IOException {
        RecordingListener heard = new RecordingListener();
        VideoGenClient client = server.clientBuilder().listener(heard).build();
        // 4.5 s before the next clock hour, with the hourly files-read quota of 2 spent
        Instant nextHour = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
        clock.setNow(nextHour.minusMillis(4500));
        client.newBuilder().maxRetries(0).build().files().list();
        client.newBuilder().maxRetries(0).build().files().list();
        assertThatThrownBy(
                        () -> client.newBuilder().maxRetries(0).build().files().list())
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.code()).isEqualTo("rate_limited");
                    assertThat(e.retryAfter()).isPresent();
                    assertThat(e.header("X-RateLimit-Remaining")).contains("0");
                });

        long started = System.nanoTime();
        assertThat(client.files().list().files()).isNotEmpty();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        List<RecordingListener.Retry> retries = heard.retries();
        assertThat(retries).hasSize(1);
        RecordingListener.Retry retry = retries.get(0);
        assertThat(retry.status()).isEqualTo(429);
        assertThat(retry.delay()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertThat(retry.delay().toMillis() % 1000)
                .as("Retry-After is whole seconds, no jitter")
                .isZero();
        assertThat(took).isGreaterThanOrEqualTo(retry.delay());
        assertThat(heard.statuses()).endsWith(429, 200);
    }

    @Test
    void retryAfterAsAnHttpDate() throws IOException {
        try (FaultProxy proxy = new FaultProxy(server.baseUrl())) {
            String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
            proxy.once(
                    l -> l.equals("GET /v1/me"),
                    new FaultProxy.Answer(
                            429,
                            Map.of("Retry-After", inTwoSeconds),
                            "{\"message\":\"slow down\",\"code\":\"rate_limited\"}"));
            RecordingListener heard = new RecordingListener();
            VideoGenClient client = server.clientBuilder()
                    .baseUrl(proxy.baseUrl())
                    .listener(heard)
                    .build();
            assertThat(client.me().teamId()).startsWith("vg_team_");
            assertThat(heard.retries()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(429);
                assertThat(r.delay()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(2));
            });
        }
    }

    @Test
    void rateLimitResetWhenNoRetryAfter() throws IOException {
        try (FaultProxy proxy = new FaultProxy(server.baseUrl())) {
            long reset = Instant.now().getEpochSecond() + 2;
            proxy.once(
                    l -> l.equals("GET /v1/me"),
                    new FaultProxy.Answer(
                            429,
                            Map.of("X-RateLimit-Reset", String.valueOf(reset)),
                            "{\"message\":\"slow down\",\"code\":\"rate_limited\"}"));
            RecordingListener heard = new RecordingListener();
            VideoGenClient client = server.clientBuilder()
                    .baseUrl(proxy.baseUrl())
                    .listener(heard)
                    .build();
            client.me();
            assertThat(heard.retries()).singleElement().satisfies(r -> assertThat(r.delay())
                    .isBetween(Duration.ofMillis(500), Duration.ofMillis(2300)));
        }
    }

    @Test
    void serverErrorsBackOffExponentiallyThenSurfaceTyped() throws IOException {
        try (FaultProxy proxy = new FaultProxy(server.baseUrl())) {
            String body =
                    "{\"message\":\"boom\",\"code\":\"internal_error\",\"requirement\":null,\"internalErrorCode\":\"req_x\"}";
            // every 5xx carries X-RateLimit-Reset, as Framewright's do; it must not make a 500 wait for the hour
            Map<String, String> headers =
                    Map.of("X-RateLimit-Reset", String.valueOf(Instant.now().getEpochSecond() + 3000));
            for (int i = 0; i < 3; i++) {
                proxy.once(l -> l.equals("GET /v1/me"), new FaultProxy.Answer(500, headers, body));
            }
            RecordingListener heard = new RecordingListener();
            VideoGenClient client = server.clientBuilder()
                    .baseUrl(proxy.baseUrl())
                    .retryBaseDelay(Duration.ofMillis(100))
                    .listener(heard)
                    .build();
            assertThatThrownBy(client::me).isInstanceOfSatisfying(ServerException.class, e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.error().internalErrorCode()).isEqualTo("req_x");
            });
            List<RecordingListener.Retry> retries = heard.retries();
            assertThat(retries).hasSize(2);
            assertThat(retries.get(0).delay()).isBetween(Duration.ofMillis(80), Duration.ofMillis(120));
            assertThat(retries.get(1).delay()).isBetween(Duration.ofMillis(160), Duration.ofMillis(240));
            assertThat(proxy.seen("GET /v1/me")).hasSize(3);

            // a non-JSON error body surfaces as raw text
            proxy.once(l -> l.equals("GET /v1/me"), new FaultProxy.Answer(418, Map.of(), "I'm a teapot"));
            assertThatThrownBy(client::me).isInstanceOfSatisfying(VideoGenException.class, e -> {
                assertThat(e.status()).isEqualTo(418);
                assertThat(e.code()).isNull();
                assertThat(e.error().message()).isEqualTo("I'm a teapot");
            });
        }
    }

    @Test
    void aDroppedStartIsRetriedWithTheSameKeyAndCreatesOneExecution() throws IOException {
        try (FaultProxy proxy = new FaultProxy(server.baseUrl())) {
            proxy.once(l -> l.equals("POST /v1/tools/upscale-image"), new FaultProxy.DropAfterForward());
            RecordingListener heard = new RecordingListener();
            VideoGenClient client = server.clientBuilder()
                    .baseUrl(proxy.baseUrl())
                    .listener(heard)
                    .build();
            int before = client.tools().listExecutions().executions().size();

            ExecutedTool done =
                    client.tools().upscaleImageAndWait(new UpscaleImageRequest(image.fileId(), null, null, null));

            List<FaultProxy.Seen> starts = proxy.seen("POST /v1/tools/upscale-image");
            assertThat(starts).hasSize(2);
            assertThat(starts.get(0).answered()).isEqualTo(-1);
            assertThat(starts.get(1).answered()).isEqualTo(202);
            String key = starts.get(0).header("Idempotency-Key");
            assertThat(key).isNotBlank().isEqualTo(starts.get(1).header("Idempotency-Key"));
            assertThat(heard.retries()).singleElement().satisfies(r -> assertThat(r.failure())
                    .isNotNull());

            assertThat(starts.get(0).responseBody()).contains(done.toolExecutionId());
            assertThat(starts.get(1).header("Idempotency-Key")).isEqualTo(key);
            List<ExecutedTool> after = client.tools().listExecutions().executions();
            assertThat(after).hasSize(before + 1);
            assertThat(after.get(0).toolExecutionId()).isEqualTo(done.toolExecutionId());
        }
    }

    @Test
    void eachStartHasItsOwnKey() throws IOException {
        try (FaultProxy proxy = new FaultProxy(server.baseUrl())) {
            VideoGenClient client =
                    server.clientBuilder().baseUrl(proxy.baseUrl()).build();
            String a = client.tools()
                    .upscaleImage(new UpscaleImageRequest(image.fileId(), null, null, null))
                    .toolExecutionId();
            String b = client.tools()
                    .upscaleImage(new UpscaleImageRequest(image.fileId(), null, null, null))
                    .toolExecutionId();
            assertThat(a).isNotEqualTo(b);
            List<FaultProxy.Seen> starts = proxy.seen("POST /v1/tools/upscale-image");
            assertThat(starts.get(0).header("Idempotency-Key"))
                    .isNotEqualTo(starts.get(1).header("Idempotency-Key"));
            client.tools().waitForExecution(a, WaitOptions.defaults());
            client.tools().waitForExecution(b, WaitOptions.defaults());
        }
    }

    @Test
    void aDroppedUploadCreationIsRetriedAndCreatesOneFile() throws IOException {
        try (FaultProxy proxy = new FaultProxy(server.baseUrl())) {
            proxy.once(l -> l.equals("POST /v1/files/upload"), new FaultProxy.DropAfterForward());
            VideoGenClient client = server.clientBuilder()
                    .baseUrl(proxy.baseUrl())
                    .maxRetries(1)
                    .build();
            StorageFile f =
                    client.files().uploadFile(work.resolve("retry.png"), new UploadFileRequest("once.png", null, null));
            List<FaultProxy.Seen> creates = proxy.seen("POST /v1/files/upload");
            assertThat(creates).hasSize(2);
            assertThat(creates.get(0).header("Idempotency-Key"))
                    .isEqualTo(creates.get(1).header("Idempotency-Key"));
            // the server created the file once: the dropped response and the replay name the same file
            assertThat(creates.get(0).responseBody()).contains(f.fileId());
            assertThat(creates.get(1).responseBody()).contains(f.fileId());
            assertThat(f.displayName()).isEqualTo("once.png");
        }
    }

    @Test
    void aCreateWithoutIdempotencyIsNotResentAfterATransportFailure() throws IOException {
        try (FaultProxy proxy = new FaultProxy(server.baseUrl())) {
            proxy.once(l -> l.equals("POST /v1/webhooks/endpoints"), new FaultProxy.DropAfterForward());
            VideoGenClient client =
                    server.clientBuilder().baseUrl(proxy.baseUrl()).build();
            assertThatThrownBy(() -> client.webhooks()
                            .createEndpoint(new CreateWebhookEndpointRequest(
                                    "https://example.com/hook",
                                    List.of(WebhookEventName.TOOL_EXECUTION_SUCCEEDED),
                                    null)))
                    .isInstanceOf(IOException.class);
            assertThat(proxy.seen("POST /v1/webhooks/endpoints")).hasSize(1);
        }
    }
}
