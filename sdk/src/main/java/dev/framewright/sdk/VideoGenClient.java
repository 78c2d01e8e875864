package dev.framewright.sdk;

import dev.framewright.contract.MeResponse;
import dev.framewright.sdk.internal.Call;
import dev.framewright.sdk.internal.ClientSettings;
import dev.framewright.sdk.internal.Transport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * A client of a VideoGen v1 API server, such as Framewright (API.md). Build one with {@link
 * #builder()}, share it, and derive variants with {@link #newBuilder()}:
 *
 * <pre>{@code
 * VideoGenClient client = VideoGenClient.builder()
 *         .baseUrl("http://127.0.0.1:8080")   // or VIDEOGEN_BASE_URL
 *         .apiKey(System.getenv("MY_KEY"))     // or VIDEOGEN_API_KEY
 *         .build();
 * StorageFile image = client.files().uploadFile(Path.of("cat.png"));
 * ExecutedTool done = client.tools().upscaleImageAndWait(
 *         new UpscaleImageRequest(image.fileId(), null, null, null));
 * client.files().downloadFile(done.results().get(0).fileId(), Path.of("big.png"));
 * }</pre>
 *
 * <p><b>Threads.</b> A client is immutable and thread-safe; its namespaces ({@link #tools()}, {@link
 * #files()}, {@link #resources()}, {@link #webhooks()}) are too. Clients derived with {@code
 * newBuilder()} share the underlying {@link HttpClient} and its connections. There is nothing to
 * close.
 *
 * <p><b>Errors.</b> Every request method throws {@link IOException} when the server could not be
 * reached or the transfer broke (after retries where safe), and a {@link VideoGenException} subclass
 * when the server answered with an error status. Retries: 408, 409, 429 and 5xx, and transport
 * failures of requests that are safe to repeat, up to {@link Builder#maxRetries(int)} times, waiting
 * per {@code Retry-After}, {@code X-RateLimit-Reset} (on 429) or exponential backoff with jitter.
 * Tool starts and upload creation carry an automatic {@code Idempotency-Key}, so a retry never
 * creates a second execution or file.
 */
public final class VideoGenClient {
    /** The SDK version, sent in {@code User-Agent}. */
    public static final String VERSION = "0.1.0";
    /** The base URL when neither {@link Builder#baseUrl(String)} nor {@code VIDEOGEN_BASE_URL} is set. */
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";
    /** Environment variable read for the API key. */
    public static final String ENV_API_KEY = "VIDEOGEN_API_KEY";
    /** Environment variable read for the base URL. */
    public static final String ENV_BASE_URL = "VIDEOGEN_BASE_URL";
    /** Default per-request timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Default number of retries after the first attempt. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /** Default first delay of the exponential backoff (then 2 s, 4 s, …). */
    public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofSeconds(1);
    /** Cap of every retry delay, {@code Retry-After} included. */
    public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(60);
    /** How often the execution poller reads the execution, as the official SDKs do. */
    public static final Duration DEFAULT_EXECUTION_POLL_INTERVAL = Duration.ofMillis(1500);
    /** How often the upload helper hydrates the file, as the official SDKs do. */
    public static final Duration DEFAULT_UPLOAD_POLL_INTERVAL = Duration.ofSeconds(2);

    private static final HttpClient SHARED_HTTP = defaultHttpClient();

    private final Builder origin;
    private final Transport transport;
    private final ToolsClient tools;
    private final FilesClient files;
    private final ResourcesClient resources;
    private final WebhooksClient webhooks;

    private VideoGenClient(Builder origin, ClientSettings settings) {
        this.origin = origin;
        this.transport = new Transport(settings);
        this.tools = new ToolsClient(transport);
        this.files = new FilesClient(transport);
        this.resources = new ResourcesClient(transport);
        this.webhooks = new WebhooksClient(transport);
    }

    /** A builder with the defaults; API key and base URL fall back to the environment. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this client's settings, to derive a variant (e.g. another timeout). */
    public Builder newBuilder() {
        return origin.copy();
    }

    /** The ten tool starters, their {@code …AndWait} helpers, and executions (API.md §2). */
    public ToolsClient tools() {
        return tools;
    }

    /** Files: list, get, upload, download, hydrate, archive, previews, search (API.md §3). */
    public FilesClient files() {
        return files;
    }

    /** Catalogues: TTS voices, avatar presenters, engines (API.md §4). */
    public ResourcesClient resources() {
        return resources;
    }

    /** Webhook endpoints, deliveries, and signature verification (API.md §5, §9). */
    public WebhooksClient webhooks() {
        return webhooks;
    }

    /**
     * {@code GET /v1/me} [ext]: the calling key's id, team and nickname (API.md §6).
     *
     * @throws IOException on a transport failure
     * @throws AuthenticationException when the key is missing, unknown or revoked
     */
    public MeResponse me() throws IOException {
        return transport.call(Call.get("/v1/me"), MeResponse.class);
    }

    /** The server root this client talks to, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return transport.settings().baseUri().toString();
    }

    /** Per-request timeout. */
    public Duration timeout() {
        return transport.settings().timeout();
    }

    /** Retries after the first attempt. */
    public int maxRetries() {
        return transport.settings().maxRetries();
    }

    private static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Settings of a {@link VideoGenClient}. Not thread-safe; {@link #build()} may be called more
     * than once. Unset values take the defaults named on {@link VideoGenClient}.
     */
    public static final class Builder {
        private String apiKey;
        private String baseUrl;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration retryBaseDelay = DEFAULT_RETRY_BASE_DELAY;
        private Duration maxRetryDelay = DEFAULT_MAX_RETRY_DELAY;
        private Duration executionPollInterval = DEFAULT_EXECUTION_POLL_INTERVAL;
        private Duration uploadPollInterval = DEFAULT_UPLOAD_POLL_INTERVAL;
        private Clock clock = Clock.systemUTC();
        private HttpClient httpClient;
        private RequestListener listener = RequestListener.NONE;
        private Function<String, String> environment = System::getenv;

        private Builder() {}

        private Builder copy() {
            Builder b = new Builder();
            b.apiKey = apiKey;
            b.baseUrl = baseUrl;
            b.timeout = timeout;
            b.maxRetries = maxRetries;
            b.retryBaseDelay = retryBaseDelay;
            b.maxRetryDelay = maxRetryDelay;
            b.executionPollInterval = executionPollInterval;
            b.uploadPollInterval = uploadPollInterval;
            b.clock = clock;
            b.httpClient = httpClient;
            b.listener = listener;
            b.environment = environment;
            return b;
        }

        /** The API key, sent as {@code Authorization: Bearer …}; default: {@code VIDEOGEN_API_KEY}. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The server root, e.g. {@code http://127.0.0.1:8080} (a trailing {@code /} or {@code /v1} is
         * dropped); default: {@code VIDEOGEN_BASE_URL}, else {@link #DEFAULT_BASE_URL}.
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Per-request limit until the response headers arrive; default 60 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /** Retries after the first attempt (0–10); default 2. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0 || maxRetries > 10) {
                throw new IllegalArgumentException("maxRetries must be 0–10, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The first delay of the exponential backoff, used when the server names no wait (then twice
         * as long each retry, ±20% jitter); default 1 s. Tests shrink it.
         */
        public Builder retryBaseDelay(Duration retryBaseDelay) {
            this.retryBaseDelay = positive(retryBaseDelay, "retryBaseDelay");
            return this;
        }

        /** The cap of every retry delay, {@code Retry-After} included; default 60 s. */
        public Builder maxRetryDelay(Duration maxRetryDelay) {
            this.maxRetryDelay = positive(maxRetryDelay, "maxRetryDelay");
            return this;
        }

        /**
         * How often the waiting helpers poll: executions every 1.5 s and uploads every 2 s by
         * default; this sets both.
         */
        public Builder pollInterval(Duration pollInterval) {
            this.executionPollInterval = positive(pollInterval, "pollInterval");
            this.uploadPollInterval = pollInterval;
            return this;
        }

        /** The clock for URL expiry and webhook timestamp checks; default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The JDK client to send with (its executor, proxy, SSL context); default a shared HTTP/1.1
         * client with a 10 s connect timeout.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** Hears responses and retries; default {@link RequestListener#NONE}. */
        public Builder listener(RequestListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Where {@code VIDEOGEN_API_KEY} and {@code VIDEOGEN_BASE_URL} are looked up; default {@link
         * System#getenv(String)}. For tests and embedding programs.
         */
        public Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * @throws IllegalStateException when no API key is set here or in {@code VIDEOGEN_API_KEY}
         * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
         */
        public VideoGenClient build() {
            String key = apiKey != null ? apiKey : environment.apply(ENV_API_KEY);
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("no API key: set VideoGenClient.builder().apiKey(…) or the "
                        + ENV_API_KEY + " environment variable");
            }
            String url = baseUrl != null ? baseUrl : environment.apply(ENV_BASE_URL);
            ClientSettings settings = new ClientSettings(
                    key.strip(),
                    baseUri(url == null || url.isBlank() ? DEFAULT_BASE_URL : url),
                    timeout,
                    maxRetries,
                    retryBaseDelay,
                    maxRetryDelay,
                    executionPollInterval,
                    uploadPollInterval,
                    clock,
                    httpClient != null ? httpClient : SHARED_HTTP,
                    listener,
                    "framewright-java-sdk/" + VERSION + " java/" + System.getProperty("java.version"));
            return new VideoGenClient(copy(), settings);
        }

        static URI baseUri(String url) {
            String u = url.strip();
            while (u.endsWith("/")) {
                u = u.substring(0, u.length() - 1);
            }
            if (u.endsWith("/v1")) {
                u = u.substring(0, u.length() - 3);
            }
            URI uri;
            try {
                uri = URI.create(u);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("base URL is not a valid URL: " + url, e);
            }
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("base URL must be an absolute http(s) URL, was: " + url);
            }
            return uri;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
