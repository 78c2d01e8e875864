package dev.framewright.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.core.ApiException;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keysAreValidatedAndQuotedStringsUnquoted() {
        assertThat(Idempotency.parse("abc-1:2.3_4")).isEqualTo("abc-1:2.3_4");
        assertThat(Idempotency.parse("\"abc\"")).isEqualTo("abc");
        assertThat(Idempotency.parse("x".repeat(255))).hasSize(255);
        for (String bad : new String[] {"", "a b", "x".repeat(256), "é", "\"\"", "a/b"}) {
            assertThatThrownBy(() -> Idempotency.parse(bad))
                    .isInstanceOf(ApiException.class)
                    .hasMessageStartingWith("Idempotency-Key must be");
        }
    }

    @Test
    void theFingerprintIgnoresKeyOrderAndNullMembers() throws Exception {
        String a =
                Idempotency.fingerprint(JSON.readTree("{\"b\":1,\"a\":{\"y\":[1,{\"q\":null,\"p\":2}],\"x\":null}}"));
        String b = Idempotency.fingerprint(JSON.readTree("{\"a\":{\"y\":[1,{\"p\":2}]},\"b\":1}"));
        String c = Idempotency.fingerprint(JSON.readTree("{\"a\":{\"y\":[{\"p\":2},1]},\"b\":1}"));
        assertThat(a).isEqualTo(b);
        assertThat(c).as("array order matters").isNotEqualTo(b);
    }
}
