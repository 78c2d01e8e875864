package dev.framewright.core.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.core.Ids;
import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void signingSecretsAreWhsecAndBase64Of32Bytes() {
        String secret = SigningSecrets.generate();

        assertThat(secret).startsWith("whsec_").hasSize(6 + 44);
        assertThat(SigningSecrets.key(secret)).hasSize(32);
        assertThat(SigningSecrets.last4(secret)).isEqualTo(secret.substring(secret.length() - 4));
        assertThat(SigningSecrets.generate()).isNotEqualTo(secret);
    }

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndOwner() {
        SecretBox box = new SecretBox(Ids.randomBytes(32));
        String sealed = box.seal("whsec_abc", "vg_wh_1");

        assertThat(sealed).startsWith("v1.").doesNotContain("abc");
        assertThat(box.seal("whsec_abc", "vg_wh_1")).isNotEqualTo(sealed);
        assertThat(box.open(sealed, "vg_wh_1")).isEqualTo("whsec_abc");
        assertThatThrownBy(() -> box.open(sealed, "vg_wh_2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("abc");
        assertThatThrownBy(() -> new SecretBox(Ids.randomBytes(32)).open(sealed, "vg_wh_1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void webhookUrlsFollowTheSyntaxRules() {
        assertThat(WebhookUrl.parse("https://hooks.example.com/a?b=c", false).getHost())
                .isEqualTo("hooks.example.com");
        assertThat(WebhookUrl.parse("http://127.0.0.1:8080/x", true).getPort()).isEqualTo(8080);
        assertThatThrownBy(() -> WebhookUrl.parse("http://hooks.example.com/", false))
                .hasMessage("url must use https");
        assertThatThrownBy(() -> WebhookUrl.parse("ftp://hooks.example.com/", true))
                .hasMessage("url must use https or http");
        assertThatThrownBy(() -> WebhookUrl.parse("https://user:pw@hooks.example.com/", false))
                .hasMessage("url must not contain user info or a fragment");
        assertThatThrownBy(() -> WebhookUrl.parse("https://hooks.example.com/#frag", false))
                .hasMessage("url must not contain user info or a fragment");
        assertThatThrownBy(() -> WebhookUrl.parse("/relative", false)).hasMessage("url is not a valid absolute URL");
        assertThatThrownBy(() -> WebhookUrl.parse("https://exa mple.com/", false))
                .hasMessage("url is not a valid absolute URL");
    }
}
