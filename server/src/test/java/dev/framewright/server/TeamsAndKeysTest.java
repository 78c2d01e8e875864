package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's {@code teams} and {@code keys} commands run against the database of a running
 * server: entitlement, concurrency cap and rate-limit overrides show in {@code teams list}, limits
 * and revocations apply from the next request. The server limits the default team's {@code account}
 * group to 7 by configuration.
 */
class TeamsAndKeysTest {
    @TempDir
    static Path data;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, "--rate-limits", "account=7");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static List<String> admin(String group, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", data.toString()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = Admin.run(group, all, Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    static TestServer.Res me(String key) {
        return s.send(HttpRequest.newBuilder(s.uri("/v1/me")).header("Authorization", "Bearer " + key));
    }

    static String accountLimit(String key) {
        TestServer.Res r = me(key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.header("X-RateLimit-Limit");
    }

    static String line(List<String> lines, String containing) {
        return lines.stream().filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }

    @Test
    void teamOverridesShowInTheListAndApplyAtOnce() throws Exception {
        admin(
                "teams",
                "create",
                "acme",
                "--concurrency",
                "2",
                "--watermark-free",
                "false",
                "--rate-limit",
                "account=2");
        List<String> created = admin("keys", "create", "--team", "acme", "--name", "ci");
        String key = created.get(1);
        assertThat(key).matches("vg_key_[A-Za-z0-9]{22}_[A-Za-z0-9]{43}");
        assertThat(accountLimit(key)).isEqualTo("2");

        admin(
                "teams",
                "update",
                "acme",
                "--rate-limit",
                "tools-start=100",
                "--rate-limit",
                "files-read=1000,account=3");

        assertThat(line(admin("teams", "list"), " acme "))
                .endsWith(
                        "acme  concurrency=2  watermarkFree=false  rateLimits=tools-start=100,files-read=1000,account=3");
        assertThat(accountLimit(key)).isEqualTo("3");

        admin("teams", "update", "acme", "--rate-limit", "account=default", "--watermark-free", "true");

        assertThat(line(admin("teams", "list"), " acme "))
                .endsWith("acme  concurrency=2  watermarkFree=true  rateLimits=tools-start=100,files-read=1000");
        assertThat(accountLimit(key))
                .as("the configured limit is the default team's only")
                .isEqualTo("2500");
    }

    @Test
    void aKeysOverrideWinsOverItsTeamsAndTheConfiguration() throws Exception {
        List<String> created = admin("keys", "create", "--name", "limited", "--rate-limit", "account=4");
        String keyId = created.get(0).split(" ")[2];
        String key = created.get(1);
        assertThat(accountLimit(key)).isEqualTo("4");
        assertThat(line(admin("keys", "list"), keyId)).endsWith("active  rateLimits=account=4");

        admin("keys", "update", keyId, "--rate-limit", "account=default");
        assertThat(accountLimit(key))
                .as("the configured limit of the default team")
                .isEqualTo("7");

        admin("teams", "update", "default", "--rate-limit", "account=9");
        try {
            assertThat(accountLimit(key))
                    .as("the team's stored override wins over the configuration")
                    .isEqualTo("9");
            admin("keys", "update", keyId, "--rate-limit", "account=5");
            assertThat(accountLimit(key)).isEqualTo("5");
            assertThat(line(admin("keys", "list"), keyId)).endsWith("rateLimits=account=5");
        } finally {
            admin("teams", "update", "default", "--rate-limit", "account=default");
        }
    }

    @Test
    void anUnknownGroupOrBadLimitChangesNothing() throws Exception {
        assertThatThrownBy(() -> admin("teams", "create", "typo", "--rate-limit", "acount=3"))
                .hasMessageContaining("unknown rate-limit group 'acount'");
        assertThatThrownBy(() -> admin("teams", "update", "default", "--rate-limit", "account=0"))
                .hasMessageContaining("between 1 and");
        assertThat(admin("teams", "list")).noneMatch(l -> l.contains("typo"));
        assertThat(line(admin("teams", "list"), " default ")).endsWith("rateLimits=defaults");
    }

    @Test
    void aRevokedKeyIsRefusedFromTheNextRequest() throws Exception {
        List<String> created = admin("keys", "create", "--name", "soon-revoked");
        String keyId = created.get(0).split(" ")[2];
        String key = created.get(1);
        assertThat(me(key).status()).isEqualTo(200);

        assertThat(admin("keys", "revoke", keyId)).containsExactly("Revoked " + keyId);

        TestServer.Res refused = me(key);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("invalid_api_key");
        assertThat(refused.header("X-RateLimit-Limit")).isNull();
        assertThat(line(admin("keys", "list"), keyId)).contains("revoked");
        assertThat(me(TestServer.KEY).status()).isEqualTo(200);
    }
}
