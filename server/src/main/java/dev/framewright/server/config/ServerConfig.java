package dev.framewright.server.config;

import dev.framewright.core.ratelimits.RateLimits;
import dev.framewright.core.webhooks.RetrySchedule;
import dev.framewright.storage.S3Config;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The server's typed configuration, validated when built (see {@link Settings} and
 * docs/configuration.md).
 */
public record ServerConfig(
        int port,
        String host,
        Path dataDir,
        String publicBaseUrl,
        String bootstrapApiKey,
        boolean webhooksAllowHttp,
        boolean outboundAllowPrivate,
        WebhookSettings webhooks,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        Role role,
        String nodeId,
        S3Config s3,
        long maxJsonBytes,
        long maxUploadBytes,
        Duration signedUrlTtl,
        Duration uploadUrlTtl,
        Duration temporaryRetention,
        int workers,
        int analysisWorkers,
        int teamConcurrency,
        Duration executionTimeout,
        int maxAttempts,
        Duration lease,
        java.util.Set<String> enginesDisabled,
        String metricsToken,
        RateLimits rateLimits,
        Path modelsDir,
        AudioConfig audio,
        ConnectorSettings connectors,
        Duration idempotencyRetention,
        String watermarkText,
        int listCap,
        int upscaleVideoEsrganMaxSeconds,
        long mcpUploadMaxBytes,
        int upscaleImagePasses) {

    /** Builds and validates the configuration; {@link ConfigException} names the first bad setting. */
    public static ServerConfig from(ConfigSources src) {
        int port = (int) integer(src, Settings.PORT, 0, 65535);
        Path dataDir = Path.of(text(src, Settings.DATA_DIR)).toAbsolutePath().normalize();
        String base =
                src.get(Settings.PUBLIC_BASE_URL).filter(s -> !s.isBlank()).orElse(null);
        if (base != null) {
            base = validateBaseUrl(base);
        }
        String bootstrap =
                src.get(Settings.BOOTSTRAP_API_KEY).filter(s -> !s.isEmpty()).orElse(null);
        if (bootstrap != null && !bootstrap.matches("[\\x21-\\x7e]{20,200}")) {
            throw invalid(Settings.BOOTSTRAP_API_KEY, "(value hidden)");
        }
        String dbUrl = src.get(Settings.DATABASE_URL)
                .filter(s -> !s.isBlank())
                .orElse("jdbc:sqlite:" + dataDir.resolve("framewright.db"));
        if (!dbUrl.startsWith("jdbc:sqlite:") && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw invalid(Settings.DATABASE_URL, dbUrl);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        Role role = Role.parse(src.get(Settings.ROLE).orElse("all"));
        S3Config s3 = s3(src);
        if (role != Role.ALL && (!dbUrl.startsWith("jdbc:postgresql:") || s3 == null)) {
            throw new ConfigException("role=" + role.wire() + " (" + Settings.ROLE.env() + ") needs a shared database"
                    + " and bucket: set database-url to a jdbc:postgresql: URL and s3-bucket (docs/scale-out.md)");
        }
        WebhookSettings webhooks = webhooks(src);
        if (dbUrl.startsWith("jdbc:postgresql:") && s3 != null && webhooks.secretKey() == null) {
            throw new ConfigException("PostgreSQL with s3-bucket (scale mode) needs webhook-secret-key ("
                    + Settings.WEBHOOK_SECRET_KEY.env() + "): every node must seal and open webhook signing secrets"
                    + " with the same key (docs/scale-out.md)");
        }
        return new ServerConfig(
                port,
                text(src, Settings.HOST),
                dataDir,
                base,
                bootstrap,
                bool(src, Settings.WEBHOOKS_ALLOW_HTTP),
                bool(src, Settings.OUTBOUND_ALLOW_PRIVATE),
                webhooks,
                dbUrl,
                src.get(Settings.DATABASE_USER).filter(s -> !s.isEmpty()).orElse(null),
                src.get(Settings.DATABASE_PASSWORD).filter(s -> !s.isEmpty()).orElse(null),
                role,
                nodeId(src),
                s3,
                integer(src, Settings.MAX_JSON_BYTES, 1024, 64L << 20),
                integer(src, Settings.MAX_UPLOAD_BYTES, 1, 1L << 40),
                Duration.ofSeconds(integer(src, Settings.SIGNED_URL_TTL_SECONDS, 60, 604800)),
                Duration.ofSeconds(integer(src, Settings.UPLOAD_URL_TTL_SECONDS, 60, 604800)),
                Duration.ofHours(integer(src, Settings.TEMPORARY_RETENTION_HOURS, 1, 8760)),
                role == Role.API
                        ? 0
                        : src.get(Settings.WORKERS).isPresent() ? (int) integer(src, Settings.WORKERS, 0, 256) : cores,
                role == Role.API ? 0 : (int) integer(src, Settings.ANALYSIS_WORKERS, 0, 64),
                (int) integer(src, Settings.TEAM_CONCURRENCY, 1, 1000),
                Duration.ofSeconds(integer(src, Settings.EXECUTION_TIMEOUT_SECONDS, 1, 86400)),
                (int) integer(src, Settings.MAX_ATTEMPTS, 1, 10),
                Duration.ofSeconds(integer(src, Settings.LEASE_SECONDS, 2, 3600)),
                names(src, Settings.ENGINES_DISABLED),
                metricsToken(src),
                rateLimits(src),
                Path.of(text(src, Settings.MODELS_DIR)).toAbsolutePath().normalize(),
                AudioConfig.from(src),
                ConnectorSettings.from(src),
                Duration.ofHours(integer(src, Settings.IDEMPOTENCY_RETENTION_HOURS, 1, 720)),
                watermarkText(src),
                (int) integer(src, Settings.LIST_CAP, 1, 10000),
                (int) integer(src, Settings.UPSCALE_VIDEO_ESRGAN_MAX_SECONDS, 0, 60),
                integer(src, Settings.MCP_UPLOAD_MAX_BYTES, 1, 1L << 30),
                upscaleImagePasses(src));
    }

    /** The base of handed-out URLs: the configured one, else {@code http://127.0.0.1:<actual port>}. */
    public String publicBaseUrl(int actualPort) {
        return publicBaseUrl != null ? publicBaseUrl : "http://127.0.0.1:" + actualPort;
    }

    /** The effective settings, one per line, secrets masked, for the start-up log. */
    public List<String> describe(int actualPort) {
        List<String> lines = new ArrayList<>();
        lines.add("port=" + actualPort);
        lines.add("host=" + host);
        lines.add("data-dir=" + dataDir);
        lines.add("models-dir=" + modelsDir);
        lines.add("public-base-url=" + publicBaseUrl(actualPort));
        lines.add("bootstrap-api-key=" + (bootstrapApiKey == null ? "(not set)" : mask(bootstrapApiKey)));
        lines.add("webhooks-allow-http=" + webhooksAllowHttp);
        lines.add("outbound-allow-private=" + outboundAllowPrivate);
        lines.add("webhook-retry-schedule=" + webhooks.schedule().describe());
        lines.add("webhook-timeout-seconds=" + webhooks.timeout().toSeconds());
        lines.add("webhook-secret-overlap-hours=" + webhooks.secretOverlap().toHours());
        lines.add("webhook-log-retention-days=" + webhooks.logRetention().toDays());
        lines.add("webhook-secret-key=" + (webhooks.secretKey() == null ? "(data folder)" : "****"));
        lines.add("database-url=" + databaseUrl.replaceAll("password=[^&]*", "password=****"));
        lines.add("database-user=" + (databaseUser == null ? "(not set)" : databaseUser));
        lines.add("database-password=" + (databasePassword == null ? "(not set)" : "****"));
        lines.add("role=" + role.wire());
        lines.add("node-id=" + nodeId);
        if (s3 == null) {
            lines.add("s3-bucket=(not set: blobs in data-dir/blobs)");
        } else {
            lines.add("s3-endpoint=" + (s3.endpoint() == null ? "(AWS)" : s3.endpoint()));
            lines.add("s3-bucket=" + s3.bucket());
            lines.add("s3-region=" + s3.region());
            lines.add("s3-access-key=" + s3.accessKey());
            lines.add("s3-secret-key=****");
            lines.add("s3-path-style=" + s3.pathStyle());
        }
        lines.add("max-json-bytes=" + maxJsonBytes);
        lines.add("max-upload-bytes=" + maxUploadBytes);
        lines.add("mcp-upload-max-bytes=" + mcpUploadMaxBytes);
        lines.add("signed-url-ttl-seconds=" + signedUrlTtl.toSeconds());
        lines.add("upload-url-ttl-seconds=" + uploadUrlTtl.toSeconds());
        lines.add("temporary-retention-hours=" + temporaryRetention.toHours());
        lines.add("workers=" + workers);
        lines.add("analysis-workers=" + analysisWorkers);
        lines.add("team-concurrency=" + teamConcurrency);
        lines.add("idempotency-retention-hours=" + idempotencyRetention.toHours());
        lines.add("watermark-text=" + watermarkText);
        lines.add("list-cap=" + listCap);
        lines.add("upscale-image-passes=" + upscaleImagePasses);
        lines.add("upscale-video-esrgan-max-seconds=" + upscaleVideoEsrganMaxSeconds);
        lines.add("execution-timeout-seconds=" + executionTimeout.toSeconds());
        lines.add("max-attempts=" + maxAttempts);
        lines.add("lease-seconds=" + lease.toSeconds());
        lines.add("engines-disabled=" + (enginesDisabled.isEmpty() ? "(none)" : String.join(",", enginesDisabled)));
        lines.add("metrics-token=" + (metricsToken == null ? "(not set)" : "****"));
        lines.add("rate-limits=" + (rateLimits.isEmpty() ? "(API.md defaults)" : rateLimits));
        lines.addAll(audio.describe());
        lines.addAll(connectors.describe());
        return lines;
    }

    /** The node's name: configured, else {@code <host>-<pid>}. */
    private static String nodeId(ConfigSources src) {
        String raw = src.get(Settings.NODE_ID).orElse("").trim();
        if (raw.isEmpty()) {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
            raw = (host.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                    + ProcessHandle.current().pid());
            return raw.length() > 100 ? raw.substring(raw.length() - 100) : raw;
        }
        if (!raw.matches("[A-Za-z0-9._-]{1,100}")) {
            throw invalid(Settings.NODE_ID, raw);
        }
        return raw;
    }

    /** The bucket settings; null when s3-bucket is not set. */
    private static S3Config s3(ConfigSources src) {
        String bucket = src.get(Settings.S3_BUCKET).orElse("").trim();
        if (bucket.isEmpty()) {
            return null;
        }
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw invalid(Settings.S3_BUCKET, bucket);
        }
        URI endpoint = null;
        String rawEndpoint = src.get(Settings.S3_ENDPOINT).orElse("").trim();
        if (!rawEndpoint.isEmpty()) {
            try {
                endpoint = URI.create(rawEndpoint);
            } catch (IllegalArgumentException e) {
                throw invalid(Settings.S3_ENDPOINT, rawEndpoint);
            }
            if (!endpoint.isAbsolute()
                    || endpoint.getHost() == null
                    || !(endpoint.getScheme().equals("http")
                            || endpoint.getScheme().equals("https"))) {
                throw invalid(Settings.S3_ENDPOINT, rawEndpoint);
            }
        }
        String region = text(src, Settings.S3_REGION).trim();
        if (!region.matches("[a-z0-9-]{1,64}")) {
            throw invalid(Settings.S3_REGION, region);
        }
        String access = src.get(Settings.S3_ACCESS_KEY).orElse("").trim();
        String secret = src.get(Settings.S3_SECRET_KEY).orElse("").trim();
        if (access.isEmpty()) {
            throw new ConfigException("s3-bucket is set but s3-access-key (" + Settings.S3_ACCESS_KEY.env() + " / "
                    + Settings.S3_ACCESS_KEY.flag() + ") is not");
        }
        if (secret.isEmpty()) {
            throw new ConfigException("s3-bucket is set but s3-secret-key (" + Settings.S3_SECRET_KEY.env() + " / "
                    + Settings.S3_SECRET_KEY.flag() + ") is not");
        }
        return new S3Config(endpoint, bucket, region, access, secret, bool(src, Settings.S3_PATH_STYLE));
    }

    private static WebhookSettings webhooks(ConfigSources src) {
        String raw = src.get(Settings.WEBHOOK_RETRY_SCHEDULE)
                .orElse(Settings.WEBHOOK_RETRY_SCHEDULE.defaultValue())
                .trim();
        RetrySchedule schedule;
        try {
            schedule = RetrySchedule.parse(raw);
        } catch (IllegalArgumentException e) {
            throw invalid(Settings.WEBHOOK_RETRY_SCHEDULE, raw);
        }
        return new WebhookSettings(
                schedule,
                Duration.ofSeconds(integer(src, Settings.WEBHOOK_TIMEOUT_SECONDS, 1, 120)),
                Duration.ofHours(integer(src, Settings.WEBHOOK_SECRET_OVERLAP_HOURS, 0, 720)),
                Duration.ofDays(integer(src, Settings.WEBHOOK_LOG_RETENTION_DAYS, 1, 3650)),
                secretKey(src));
    }

    private static byte[] secretKey(ConfigSources src) {
        String raw = src.get(Settings.WEBHOOK_SECRET_KEY).orElse("").trim();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            byte[] key = java.util.Base64.getDecoder().decode(raw);
            if (key.length == 32) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // reported below without the value
        }
        throw invalid(Settings.WEBHOOK_SECRET_KEY, "(value hidden)");
    }

    private static String metricsToken(ConfigSources src) {
        String t = src.get(Settings.METRICS_TOKEN).filter(s -> !s.isEmpty()).orElse(null);
        if (t != null && (t.length() < 8 || t.length() > 200)) {
            throw invalid(Settings.METRICS_TOKEN, "(value hidden)");
        }
        return t;
    }

    private static RateLimits rateLimits(ConfigSources src) {
        String raw = src.get(Settings.RATE_LIMITS).orElse("").trim();
        try {
            return RateLimits.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(invalid(Settings.RATE_LIMITS, raw).getMessage() + " (" + e.getMessage() + ")");
        }
    }

    private static java.util.Set<String> names(ConfigSources src, Setting s) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String part : src.get(s).orElse("").split(",")) {
            String name = part.trim();
            if (!name.isEmpty()) {
                if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
                    throw invalid(s, name);
                }
                out.add(name);
            }
        }
        return out;
    }

    private static String mask(String secret) {
        return secret.length() <= 8 ? "****" : secret.substring(0, 4) + "****" + secret.substring(secret.length() - 2);
    }

    private static String text(ConfigSources src, Setting s) {
        return src.get(s).filter(v -> !v.isBlank()).orElse(s.defaultValue());
    }

    private static String watermarkText(ConfigSources src) {
        String t = text(src, Settings.WATERMARK_TEXT).strip();
        if (!t.matches(dev.framewright.engines.media.Watermark.ALLOWED)) {
            throw invalid(Settings.WATERMARK_TEXT, t);
        }
        return t;
    }

    private static int upscaleImagePasses(ConfigSources src) {
        int passes = (int) integer(src, Settings.UPSCALE_IMAGE_PASSES, 1, 4);
        if (passes == 3) {
            throw invalid(Settings.UPSCALE_IMAGE_PASSES, "3");
        }
        return passes;
    }

    static long integer(ConfigSources src, Setting s, long min, long max) {
        String raw = src.get(s).orElse(s.defaultValue()).trim();
        try {
            long v = Long.parseLong(raw);
            if (v < min || v > max) {
                throw invalid(s, raw);
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(s, raw);
        }
    }

    private static boolean bool(ConfigSources src, Setting s) {
        String raw = src.get(s).orElse(s.defaultValue()).trim().toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no", "" -> false;
            default -> throw invalid(s, raw);
        };
    }

    private static String validateBaseUrl(String raw) {
        try {
            URI u = URI.create(raw);
            if (!u.isAbsolute()
                    || u.getHost() == null
                    || u.getQuery() != null
                    || u.getFragment() != null
                    || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                throw invalid(Settings.PUBLIC_BASE_URL, raw);
            }
        } catch (IllegalArgumentException e) {
            throw invalid(Settings.PUBLIC_BASE_URL, raw);
        }
        return raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    }

    static ConfigException invalid(Setting s, String value) {
        return new ConfigException("invalid value '" + value + "' for " + s.key() + " (" + s.env() + " / " + s.flag()
                + "): allowed " + s.range());
    }
}
