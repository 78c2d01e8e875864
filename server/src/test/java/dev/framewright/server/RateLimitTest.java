package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.auth.ApiKeys;
import dev.framewright.core.auth.Team;
import dev.framewright.core.ratelimits.RateLimits;
import dev.framewright.store.jdbc.JdbcStorage;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits over loopback (API.md §1.7): exact counting at the limit, the headers on successes and
 * errors, 429 with Retry-After, refused requests not counted, the clock-hour window, one count per
 * key. {@code files-read} is limited to 3 per hour by configuration; each test uses fresh keys of the
 * default team and starts 100 s before a clock hour.
 */
class RateLimitTest {
    @TempDir
    static Path data;

    static final MutableClock clock = new MutableClock();
    static TestServer s;
    static JdbcStorage store;
    static ApiKeys keys;
    static Team defaultTeam;

    String key;
    long nextHour;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, clock, "--rate-limits", "files-read=3");
        store = JdbcStorage.sqlite(data.resolve("framewright.db")).start();
        keys = new ApiKeys(store.keys(), store.teams(), clock);
        defaultTeam = store.teams().findByName(Team.DEFAULT_TEAM_NAME).orElseThrow();
    }

    @AfterAll
    static void stop() {
        store.close();
        s.close();
    }

    @BeforeEach
    void freshKeyHundredSecondsBeforeTheHour() {
        key = newKey();
        Instant now = clock.instant();
        Instant target =
                now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)).minusSeconds(100);
        clock.advance(Duration.between(now, target));
        nextHour = target.plusSeconds(100).getEpochSecond();
    }

    static String newKey() {
        return keys.issue(defaultTeam.id(), "rate").secret();
    }

    TestServer.Res get(String path) {
        return get(key, path);
    }

    static TestServer.Res get(String key, String path) {
        return s.send(HttpRequest.newBuilder(s.uri(path)).header("Authorization", "Bearer " + key));
    }

    static void assertHeaders(TestServer.Res r, String group, int limit, int remaining, long reset, long toReset) {
        assertThat(r.header("X-RateLimit-Limit")).as(r.body()).isEqualTo(String.valueOf(limit));
        assertThat(r.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
        assertThat(r.header("X-RateLimit-Reset")).isEqualTo(String.valueOf(reset));
        assertThat(r.header("RateLimit-Policy")).isEqualTo("\"" + group + "\";q=" + limit + ";w=3600");
        assertThat(r.header("RateLimit")).isEqualTo("\"" + group + "\";r=" + remaining + ";t=" + toReset);
    }

    static void assertNoRateHeaders(TestServer.Res r) {
        for (String h : new String[] {
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
            "RateLimit",
            "RateLimit-Policy",
            "Retry-After"
        }) {
            assertThat(r.header(h)).as(h + " on " + r.status() + " " + r.body()).isNull();
        }
    }

    @Test
    void theNthRequestPassesAndTheNextIsRefusedWithRetryAfter() {
        for (int i = 1; i <= 3; i++) {
            TestServer.Res ok = get("/v1/files");
            assertThat(ok.status()).isEqualTo(200);
            assertHeaders(ok, "files-read", 3, 3 - i, nextHour, 100);
            assertThat(ok.header("Retry-After")).isNull();
        }

        TestServer.Res refused = get("/v1/files");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(refused.json().get("message").asText()).contains("files-read");
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(refused.header("X-Request-Id")).startsWith("req_");
        assertHeaders(refused, "files-read", 3, 0, nextHour, 100);
        assertThat(refused.header("Retry-After")).isEqualTo("100");
    }

    @Test
    void errorsCarryTheHeadersAndConsumeQuota() {
        TestServer.Res unknown = get("/v1/files/vg_file_AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("not_found");
        assertHeaders(unknown, "files-read", 3, 2, nextHour, 100);

        TestServer.Res malformed = get("/v1/files/not-an-id");
        assertThat(malformed.status()).isEqualTo(400);
        assertHeaders(malformed, "files-read", 3, 1, nextHour, 100);

        TestServer.Res badBody = s.send(HttpRequest.newBuilder(s.uri("/v1/files/upload"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));
        assertThat(badBody.status()).isEqualTo(400);
        assertHeaders(badBody, "files-upload", 500, 499, nextHour, 100);

        assertHeaders(get("/v1/files"), "files-read", 3, 0, nextHour, 100);
        assertThat(get("/v1/files").status()).isEqualTo(429);
    }

    @Test
    void aRefusedRequestConsumesNothing() {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/v1/files").status()).isEqualTo(200);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(get("/v1/files").status()).isEqualTo(429);
        }
        String keyId = get("/v1/me").json().get("apiKeyId").asText();

        // one more allowed request: had the five 429s counted, the window would still be full
        store.rateLimits().replaceOverrides(keyId, RateLimits.parse("files-read=4"));

        TestServer.Res ok = get("/v1/files");
        assertThat(ok.status()).isEqualTo(200);
        assertHeaders(ok, "files-read", 4, 0, nextHour, 100);
        assertThat(get("/v1/files").status()).isEqualTo(429);
    }

    @Test
    void theWindowStartsAfreshAtTheClockHour() {
        for (int i = 0; i < 3; i++) {
            get("/v1/files");
        }
        assertThat(get("/v1/files").status()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(99));
        TestServer.Res stillRefused = get("/v1/files");
        assertThat(stillRefused.status()).isEqualTo(429);
        assertThat(stillRefused.header("Retry-After")).isEqualTo("1");

        clock.advance(Duration.ofSeconds(1));
        TestServer.Res ok = get("/v1/files");
        assertThat(ok.status()).isEqualTo(200);
        assertHeaders(ok, "files-read", 3, 2, nextHour + 3600, 3600);
    }

    @Test
    void eachKeyOfATeamCountsSeparately() {
        String second = newKey();
        for (int i = 0; i < 3; i++) {
            get("/v1/files");
        }
        assertThat(get("/v1/files").status()).isEqualTo(429);

        TestServer.Res other = get(second, "/v1/files");

        assertThat(other.status()).isEqualTo(200);
        assertHeaders(other, "files-read", 3, 2, nextHour, 100);
    }

    @Test
    void groupsCountSeparatelyWithTheirContractDefaults() {
        for (int i = 0; i < 4; i++) {
            get("/v1/files");
        }

        assertHeaders(get("/v1/me"), "account", 2500, 2499, nextHour, 100);
        assertHeaders(get("/v1/resources/tts-voices"), "resources", 2500, 2499, nextHour, 100);
        assertHeaders(get("/v1/tools/executions"), "executions-read", 5000, 4999, nextHour, 100);
        assertHeaders(get("/v1/webhooks/endpoints"), "webhooks-list", 500, 499, nextHour, 100);
    }

    @Test
    void noHeadersAndNoCountWithoutAMatchedApiRoute() {
        assertNoRateHeaders(s.send(HttpRequest.newBuilder(s.uri("/v1/files"))));
        assertNoRateHeaders(
                s.send(HttpRequest.newBuilder(s.uri("/v1/files")).header("Authorization", "Bearer " + "x".repeat(30))));
        assertNoRateHeaders(s.send(HttpRequest.newBuilder(s.uri("/healthz"))));
        assertNoRateHeaders(s.send(HttpRequest.newBuilder(s.uri("/readyz"))));
        assertNoRateHeaders(s.send(HttpRequest.newBuilder(s.uri("/v1/openapi.json"))));
        assertNoRateHeaders(get("/v1/openapi.json"));
        assertNoRateHeaders(get("/media/download/vg_file_AAAAAAAAAAAAAAAAAAAAAA/1/sig/x.png"));
        assertNoRateHeaders(s.send(HttpRequest.newBuilder(s.uri("/upload/vg_file_AAAAAAAAAAAAAAAAAAAAAA/1/sig"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))));
        TestServer.Res unknownRoute = get("/v1/nope");
        assertThat(unknownRoute.status()).isEqualTo(404);
        assertNoRateHeaders(unknownRoute);
        TestServer.Res wrongMethod = s.send(HttpRequest.newBuilder(s.uri("/v1/files"))
                .header("Authorization", "Bearer " + key)
                .DELETE());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertNoRateHeaders(wrongMethod);

        assertHeaders(get("/v1/files"), "files-read", 3, 2, nextHour, 100);
    }
}
