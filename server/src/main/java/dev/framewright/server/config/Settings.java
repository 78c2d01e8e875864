package dev.framewright.server.config;

import java.util.List;

/** Every setting the server reads, in documentation order. */
public final class Settings {
    public static final Setting PORT =
            new Setting("port", "8080", "0–65535 (0 = any free port)", false, "HTTP port of the API server");
    public static final Setting HOST =
            new Setting("host", "0.0.0.0", "an interface address", false, "Interface the server listens on");
    public static final Setting DATA_DIR = new Setting(
            "data-dir", "./data", "a writable folder", false, "Folder of the SQLite database, blobs and keys");
    public static final Setting MODELS_DIR = new Setting(
            "models-dir",
            "./models",
            "a folder",
            false,
            "Model files of the ISNet and ESRGAN engines (installed by ./framewright setup from npm, checked against"
                    + " scripts/models.lock); engines whose files are missing report unavailable");
    public static final Setting PUBLIC_BASE_URL = new Setting(
            "public-base-url",
            "http://127.0.0.1:<port>",
            "an absolute http(s) URL without query",
            false,
            "Base of every URL the server hands out");
    public static final Setting BOOTSTRAP_API_KEY = new Setting(
            "bootstrap-api-key",
            "",
            "20–200 printable ASCII, no spaces",
            true,
            "When set, a key with exactly this value exists for the default team");
    public static final Setting WEBHOOKS_ALLOW_HTTP = new Setting(
            "webhooks-allow-http", "false", "true|false", false, "Allow non-https webhook URLs (development)");
    public static final Setting OUTBOUND_ALLOW_PRIVATE = new Setting(
            "outbound-allow-private",
            "false",
            "true|false",
            false,
            "Allow outbound calls (webhooks, connectors) to loopback/private/link-local addresses");
    public static final Setting WEBHOOK_RETRY_SCHEDULE = new Setting(
            "webhook-retry-schedule",
            "5,300,1800,7200,18000,36000,50400,72000,86400",
            "1–50 comma-separated delays of 1–604800 seconds",
            false,
            "Waits between webhook delivery attempts (each ±10% jitter); attempts = delays + 1 (API.md §9.4)");
    public static final Setting WEBHOOK_TIMEOUT_SECONDS = new Setting(
            "webhook-timeout-seconds",
            "15",
            "1–120",
            false,
            "Time a receiver has to connect and answer a webhook delivery");
    public static final Setting WEBHOOK_SECRET_OVERLAP_HOURS = new Setting(
            "webhook-secret-overlap-hours",
            "24",
            "0–720",
            false,
            "After rotate-secret, the old signing secret keeps signing beside the new one this long");
    public static final Setting WEBHOOK_LOG_RETENTION_DAYS = new Setting(
            "webhook-log-retention-days",
            "30",
            "1–3650",
            false,
            "Finished webhook deliveries (and their attempts) are deleted this long after creation");
    public static final Setting WEBHOOK_SECRET_KEY = new Setting(
            "webhook-secret-key",
            "",
            "base64 of 32 bytes",
            true,
            "Key that encrypts webhook signing secrets at rest (AES-GCM); unset = data/secrets/webhook-secrets.key."
                    + " Nodes sharing a database need the same key");
    public static final Setting DATABASE_URL = new Setting(
            "database-url",
            "jdbc:sqlite:<data-dir>/framewright.db",
            "jdbc:sqlite:… or jdbc:postgresql:…",
            false,
            "The SQL store");
    public static final Setting DATABASE_USER =
            new Setting("database-user", "", "text", false, "Database user (PostgreSQL)");
    public static final Setting DATABASE_PASSWORD =
            new Setting("database-password", "", "text", true, "Database password (PostgreSQL)");
    // Scale mode (docs/scale-out.md)
    public static final Setting ROLE = new Setting(
            "role",
            "all",
            "all|api|worker",
            false,
            "What this node does: all = everything; api = the HTTP API, upload processing and webhook delivery,"
                    + " no executions or analysis; worker = executions and analysis, with only /healthz, /readyz,"
                    + " /metrics and /v1/openapi.json over HTTP. api and worker need PostgreSQL and s3-bucket (docs/scale-out.md)");
    public static final Setting NODE_ID = new Setting(
            "node-id",
            "<host>-<pid>",
            "1–100 of A–Z a–z 0–9 . _ -",
            false,
            "This node's name in the nodes table (shown by /readyz), in execution and webhook leases and in logs");
    public static final Setting S3_ENDPOINT = new Setting(
            "s3-endpoint",
            "",
            "an absolute http(s) URL",
            false,
            "S3-compatible service (MinIO, Ceph, Garage, S3Proxy…); unset = AWS S3 in s3-region");
    public static final Setting S3_BUCKET = new Setting(
            "s3-bucket",
            "",
            "3–63 of a–z 0–9 . -",
            false,
            "When set, file bytes live in this bucket instead of data-dir/blobs: clients upload to presigned PUT"
                    + " URLs and download from presigned GET URLs (created at start when missing)");
    public static final Setting S3_REGION =
            new Setting("s3-region", "us-east-1", "a region name", false, "Region of the bucket (signing)");
    public static final Setting S3_ACCESS_KEY =
            new Setting("s3-access-key", "", "text", false, "Access key id of the bucket (required with s3-bucket)");
    public static final Setting S3_SECRET_KEY =
            new Setting("s3-secret-key", "", "text", true, "Secret access key of the bucket (required with s3-bucket)");
    public static final Setting S3_PATH_STYLE = new Setting(
            "s3-path-style",
            "false",
            "true|false",
            false,
            "Path-style addressing (endpoint/bucket/key), needed by MinIO, Ceph and S3Proxy without wildcard DNS");
    public static final Setting MAX_JSON_BYTES =
            new Setting("max-json-bytes", "1048576", "1024–67108864", false, "Largest accepted JSON request body");
    public static final Setting MAX_UPLOAD_BYTES = new Setting(
            "max-upload-bytes", "2147483648", "1–1099511627776", false, "Largest accepted upload (PUT to uploadUrl)");
    public static final Setting MCP_UPLOAD_MAX_BYTES = new Setting(
            "mcp-upload-max-bytes",
            "26214400",
            "1–1073741824",
            false,
            "Largest file the MCP tool upload-file accepts (from a URL or base64)");
    public static final Setting SIGNED_URL_TTL_SECONDS =
            new Setting("signed-url-ttl-seconds", "3600", "60–604800", false, "Lifetime of signed media URLs");
    public static final Setting UPLOAD_URL_TTL_SECONDS =
            new Setting("upload-url-ttl-seconds", "900", "60–604800", false, "Lifetime of upload URLs");
    public static final Setting TEMPORARY_RETENTION_HOURS = new Setting(
            "temporary-retention-hours",
            "24",
            "1–8760",
            false,
            "TEMPORARY files are archived this long after their creation (API.md §10.5)");
    public static final Setting WORKERS = new Setting(
            "workers",
            "<number of cores>",
            "0–256 (0 = this node runs no executions)",
            false,
            "Executions run at once by this node");
    public static final Setting ANALYSIS_WORKERS = new Setting(
            "analysis-workers",
            "1",
            "0–64 (0 = this node analyses no files)",
            false,
            "Files analysed at once by this node for descriptions, transcripts and search (API.md §10.6)");
    public static final Setting UPSCALE_VIDEO_ESRGAN_MAX_SECONDS = new Setting(
            "upscale-video-esrgan-max-seconds",
            "0",
            "0–60 (0 = off)",
            false,
            "upscale-video runs ESRGAN ×4 on every frame (then ×2 by Lanczos) for clips up to this long, when the"
                    + " ESRGAN model is installed; longer clips and 0 use ffmpeg zscale + cas. Slow on CPUs: seconds"
                    + " per frame");
    public static final Setting UPSCALE_IMAGE_PASSES = new Setting(
            "upscale-image-passes",
            "1",
            "1, 2 or 4",
            false,
            "ESRGAN passes per tile for upscale-image: 2 adds a left–right mirrored run, 4 also top–bottom ones,"
                    + " averaged (self-ensemble): slightly truer detail (+0.04 dB PSNR with 4 on the benchmark"
                    + " photos), that many times slower");
    public static final Setting IDEMPOTENCY_RETENTION_HOURS = new Setting(
            "idempotency-retention-hours",
            "24",
            "1–720",
            false,
            "How long an Idempotency-Key is remembered: a retry within it replays the first answer");
    public static final Setting WATERMARK_TEXT = new Setting(
            "watermark-text",
            "Framewright",
            "1–40 letters, digits, spaces or . , ! ? & + @ ( ) _ -",
            false,
            "The visible mark of watermarked outputs (watermarkMode DEFAULT on teams that are not watermark-free)");
    public static final Setting LIST_CAP = new Setting(
            "list-cap",
            "1000",
            "1–10000",
            false,
            "Items a list answers when the request has neither limit nor cursor (API.md §1.9)");
    public static final Setting TEAM_CONCURRENCY = new Setting(
            "team-concurrency", "4", "1–1000", false, "Running executions per team (default team; teams can override)");
    public static final Setting EXECUTION_TIMEOUT_SECONDS = new Setting(
            "execution-timeout-seconds", "3600", "1–86400", false, "Per-tool time limit; past it: timed_out");
    public static final Setting MAX_ATTEMPTS = new Setting(
            "max-attempts", "3", "1–10", false, "Runs of an execution interrupted by crashes before it fails");
    public static final Setting ENGINES_DISABLED = new Setting(
            "engines-disabled",
            "",
            "comma-separated engine names of GET /v1/resources/engines",
            false,
            "Engines switched off: they report unavailable with the reason, and the next engine (if any) serves");
    public static final Setting LEASE_SECONDS = new Setting(
            "lease-seconds",
            "30",
            "2–3600",
            false,
            "How long a worker's claim on an execution lasts without a heartbeat; after a crash, its executions"
                    + " are re-run this long after the last heartbeat");

    public static final Setting RATE_LIMITS = new Setting(
            "rate-limits",
            "",
            "group=limit,… (groups of API.md §1.7; limit 1–1000000000)",
            false,
            "Hourly request limits of the default team's keys per group; unset groups keep the API.md §1.7 defaults;"
                    + " stored team and key overrides win");

    public static final Setting METRICS_TOKEN = new Setting(
            "metrics-token",
            "",
            "8–200 characters",
            true,
            "Bearer token that unlocks GET /metrics; unset = metrics disabled (404)");

    public static final Setting TTS_OUTPUT_FORMAT = new Setting(
            "tts-output-format",
            "mp3",
            "mp3 or wav",
            false,
            "File format of text-to-speech and sound-effect outputs (MP3 128 kb/s or 16-bit WAV, 44.1 kHz mono)");
    public static final Setting TTS_DEFAULT_VOICE = new Setting(
            "tts-default-voice",
            "",
            "a voiceId of GET /v1/resources/tts-voices",
            false,
            "Voice of text-to-speech requests that name neither a voice nor a language; unset = the first listed"
                    + " voice. An id that is not installed refuses the start");
    public static final Setting PIPER_VOICES_DIR = new Setting(
            "piper-voices-dir",
            "<models-dir>/piper-voices",
            "a folder",
            false,
            "User-supplied Piper voices: each NAME.onnx with its NAME.onnx.json is listed (one voice per speaker)"
                    + " and spoken with ONNX Runtime; never downloaded. A missing folder lists none");
    public static final Setting OPENAI_SPEECH_URL = new Setting(
            "openai-speech-url",
            "",
            "an absolute http(s) URL",
            false,
            "Base URL of an OpenAI-compatible speech API (POST <url>/v1/audio/speech); when set, its voices are"
                    + " listed first and the first is the default voice");
    public static final Setting OPENAI_SPEECH_KEY =
            new Setting("openai-speech-key", "", "text", true, "Bearer key of the OpenAI-compatible speech API");
    public static final Setting OPENAI_SPEECH_MODEL = new Setting(
            "openai-speech-model", "tts-1", "a model name", false, "Model of the OpenAI-compatible speech API");
    public static final Setting OPENAI_SPEECH_VOICES = new Setting(
            "openai-speech-voices",
            "alloy,echo,fable,onyx,nova,shimmer",
            "comma-separated voice names",
            false,
            "Voices of the OpenAI-compatible speech API, listed as vg_voic_openai_<name>");
    public static final Setting ELEVENLABS_URL = new Setting(
            "elevenlabs-url",
            "https://api.elevenlabs.io",
            "an absolute http(s) URL",
            false,
            "Base URL of the ElevenLabs API (text to speech, sound generation)");
    public static final Setting ELEVENLABS_KEY = new Setting(
            "elevenlabs-key",
            "",
            "text",
            true,
            "ElevenLabs API key (xi-api-key); when set, ElevenLabs voices are listed first and generate-sound-effect"
                    + " uses ElevenLabs instead of the procedural engine");
    public static final Setting ELEVENLABS_MODEL = new Setting(
            "elevenlabs-model", "eleven_multilingual_v2", "a model id", false, "ElevenLabs text-to-speech model");
    // Connectors to remote generative services (docs/configuration.md, "Connectors")
    public static final Setting GENERATE_IMAGE_ENGINES = new Setting(
            "generate-image-engines",
            "comfyui,automatic1111,openai-images,stability,replicate,fal,procedural-scene",
            "comma-separated generate-image engine names",
            false,
            "Order of preference of the generate-image engines: the first configured and enabled one serves;"
                    + " unlisted engines follow in the default order");
    public static final Setting CONNECTOR_TIMEOUT_SECONDS = new Setting(
            "connector-timeout-seconds",
            "300",
            "5–86400",
            false,
            "Longest a connector waits for a remote service per result (polling included); past it: timed_out");
    public static final Setting OPENAI_IMAGES_URL = new Setting(
            "openai-images-url",
            "",
            "an http(s) base URL, e.g. https://api.openai.com",
            false,
            "OpenAI-compatible image service (OpenAI, LocalAI…); set = the openai-images engine is configured");
    public static final Setting OPENAI_IMAGES_KEY =
            new Setting("openai-images-key", "", "text", true, "Bearer key of the OpenAI-compatible image service");
    public static final Setting OPENAI_IMAGES_MODEL = new Setting(
            "openai-images-model", "gpt-image-1", "text", false, "Model asked of the OpenAI-compatible service");
    public static final Setting COMFYUI_URL =
            new Setting("comfyui-url", "", "an http(s) base URL", false, "ComfyUI server of the comfyui engine");
    public static final Setting COMFYUI_WORKFLOW = new Setting(
            "comfyui-workflow",
            "",
            "a readable file",
            false,
            "ComfyUI workflow in API format with {{prompt}}, {{seed}}, {{width}}, {{height}} (and {{image}})");
    public static final Setting COMFYUI_VIDEO_WORKFLOW = new Setting(
            "comfyui-video-workflow",
            "",
            "a readable file",
            false,
            "ComfyUI video workflow (API format, same placeholders plus {{video}}); with comfyui-url set, the"
                    + " comfyui-video engine serves generate-video-clip");
    public static final Setting A1111_URL =
            new Setting("a1111-url", "", "an http(s) base URL", false, "AUTOMATIC1111/Forge server started with --api");
    public static final Setting A1111_AUTH =
            new Setting("a1111-auth", "", "user:password", true, "Credentials of AUTOMATIC1111's --api-auth");
    public static final Setting STABILITY_URL = new Setting(
            "stability-url", "https://api.stability.ai", "an http(s) base URL", false, "Stability AI API base");
    public static final Setting STABILITY_KEY = new Setting(
            "stability-key", "", "text", true, "Stability AI key; set = the stability engine is configured");
    public static final Setting STABILITY_MODEL =
            new Setting("stability-model", "core", "core|ultra|sd3", false, "Stability AI v2beta model");
    public static final Setting REPLICATE_URL = new Setting(
            "replicate-url", "https://api.replicate.com", "an http(s) base URL", false, "Replicate API base");
    public static final Setting REPLICATE_KEY = new Setting(
            "replicate-key",
            "",
            "text",
            true,
            "Replicate token; with replicate-model set, the replicate engine is" + " configured");
    public static final Setting REPLICATE_MODEL =
            new Setting("replicate-model", "", "owner/name", false, "Replicate model that makes images");
    public static final Setting GENERATE_AVATAR_ENGINES = new Setting(
            "generate-avatar-engines",
            "d-id,java2d-presenters",
            "comma-separated generate-avatar engine names",
            false,
            "Order of preference of the generate-avatar engines: the first configured and enabled one serves;"
                    + " unlisted engines follow in the default order");
    public static final Setting GENERATE_VIDEO_CLIP_ENGINES = new Setting(
            "generate-video-clip-engines",
            "comfyui-video,procedural-clip",
            "comma-separated generate-video-clip engine names",
            false,
            "Order of preference of the generate-video-clip engines: the first configured and enabled one serves;"
                    + " unlisted engines follow in the default order");
    public static final Setting DID_URL =
            new Setting("did-url", "https://api.d-id.com", "an http(s) base URL", false, "D-ID API base");
    public static final Setting DID_KEY = new Setting(
            "did-key",
            "",
            "text",
            true,
            "D-ID key, sent as issued (Authorization: Basic …); set = the d-id avatar engine is configured");
    public static final Setting FAL_URL =
            new Setting("fal-url", "https://queue.fal.run", "an http(s) base URL", false, "fal queue API base");
    public static final Setting FAL_KEY = new Setting(
            "fal-key", "", "text", true, "fal key (Authorization: Key …); set = the fal engine is configured");
    public static final Setting FAL_MODEL =
            new Setting("fal-model", "fal-ai/flux/schnell", "a fal model id", false, "fal model that makes images");

    public static final List<Setting> ALL = List.of(
            PORT,
            HOST,
            DATA_DIR,
            MODELS_DIR,
            PUBLIC_BASE_URL,
            BOOTSTRAP_API_KEY,
            WEBHOOKS_ALLOW_HTTP,
            OUTBOUND_ALLOW_PRIVATE,
            WEBHOOK_RETRY_SCHEDULE,
            WEBHOOK_TIMEOUT_SECONDS,
            WEBHOOK_SECRET_OVERLAP_HOURS,
            WEBHOOK_LOG_RETENTION_DAYS,
            WEBHOOK_SECRET_KEY,
            DATABASE_URL,
            DATABASE_USER,
            DATABASE_PASSWORD,
            ROLE,
            NODE_ID,
            S3_ENDPOINT,
            S3_BUCKET,
            S3_REGION,
            S3_ACCESS_KEY,
            S3_SECRET_KEY,
            S3_PATH_STYLE,
            MAX_JSON_BYTES,
            MAX_UPLOAD_BYTES,
            MCP_UPLOAD_MAX_BYTES,
            SIGNED_URL_TTL_SECONDS,
            UPLOAD_URL_TTL_SECONDS,
            TEMPORARY_RETENTION_HOURS,
            WORKERS,
            ANALYSIS_WORKERS,
            TEAM_CONCURRENCY,
            IDEMPOTENCY_RETENTION_HOURS,
            WATERMARK_TEXT,
            LIST_CAP,
            EXECUTION_TIMEOUT_SECONDS,
            MAX_ATTEMPTS,
            LEASE_SECONDS,
            ENGINES_DISABLED,
            UPSCALE_IMAGE_PASSES,
            UPSCALE_VIDEO_ESRGAN_MAX_SECONDS,
            RATE_LIMITS,
            METRICS_TOKEN,
            TTS_OUTPUT_FORMAT,
            TTS_DEFAULT_VOICE,
            PIPER_VOICES_DIR,
            OPENAI_SPEECH_URL,
            OPENAI_SPEECH_KEY,
            OPENAI_SPEECH_MODEL,
            OPENAI_SPEECH_VOICES,
            ELEVENLABS_URL,
            ELEVENLABS_KEY,
            ELEVENLABS_MODEL,
            GENERATE_IMAGE_ENGINES,
            CONNECTOR_TIMEOUT_SECONDS,
            OPENAI_IMAGES_URL,
            OPENAI_IMAGES_KEY,
            OPENAI_IMAGES_MODEL,
            COMFYUI_URL,
            COMFYUI_WORKFLOW,
            COMFYUI_VIDEO_WORKFLOW,
            A1111_URL,
            A1111_AUTH,
            STABILITY_URL,
            STABILITY_KEY,
            STABILITY_MODEL,
            REPLICATE_URL,
            REPLICATE_KEY,
            REPLICATE_MODEL,
            FAL_URL,
            FAL_KEY,
            FAL_MODEL,
            GENERATE_VIDEO_CLIP_ENGINES,
            GENERATE_AVATAR_ENGINES,
            DID_URL,
            DID_KEY);

    private Settings() {}

    /** The settings table of docs/configuration.md (a test keeps the two identical). */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Setting (file key) | Environment variable | Flag | Default | Allowed | Effect |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (Setting s : ALL) {
            sb.append("| `")
                    .append(s.key())
                    .append("` | `")
                    .append(s.env())
                    .append("` | `")
                    .append(s.flag())
                    .append("` | ")
                    .append(s.defaultValue().isEmpty() ? "(not set)" : "`" + s.defaultValue() + "`")
                    .append(" | ")
                    .append(s.range())
                    .append(" | ")
                    .append(s.effect())
                    .append(s.secret() ? " (secret: masked when printed)" : "")
                    .append(" |\n");
        }
        return sb.toString();
    }
}
