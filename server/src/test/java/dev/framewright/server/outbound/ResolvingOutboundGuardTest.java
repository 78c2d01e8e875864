package dev.framewright.server.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.core.outbound.DestinationNotAllowedException;
import dev.framewright.core.webhooks.WebhookUrl;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard (API.md §9.5) with the system resolver and with scripted DNS answers. */
class ResolvingOutboundGuardTest {
    static final ResolvingOutboundGuard STRICT = new ResolvingOutboundGuard(false);
    static final ResolvingOutboundGuard ALLOWING_PRIVATE = new ResolvingOutboundGuard(true);

    static InetAddress ip(String s) throws UnknownHostException {
        return InetAddress.getByName(s);
    }

    /** A resolver answering from a table; unknown names do not resolve. */
    static ResolvingOutboundGuard.Resolver dns(Map<String, List<String>> table) {
        return host -> {
            List<String> answers = table.get(host);
            if (answers == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] out = new InetAddress[answers.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ip(answers.get(i));
            }
            return out;
        };
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://[::1]/",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/",
                "http://172.16.5.4/",
                "http://192.168.0.10/",
                "http://[fe80::1]/",
                "http://[fd00::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://localhost/",
                "http://2130706433/",
                "http://0177.0.0.1/",
                "http://0x7f000001/",
                "http://0xa9fea9fe/"
            })
    void refusesPrivateDestinationsUnlessAllowed(String url) throws Exception {
        assertThatThrownBy(() -> STRICT.check(URI.create(url)))
                .isInstanceOf(DestinationNotAllowedException.class)
                .hasMessageContaining("not allowed");

        assertThat(ALLOWING_PRIVATE.check(URI.create(url))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://0.0.0.0/",
                "http://0/",
                "http://[::]/",
                "http://224.0.0.1/",
                "http://[ff02::1]/",
                "http://255.255.255.255/",
                "http://4294967295/"
            })
    void refusesUnspecifiedMulticastAndBroadcastAlways(String url) {
        assertThatThrownBy(() -> ALLOWING_PRIVATE.check(URI.create(url)))
                .isInstanceOf(DestinationNotAllowedException.class)
                .hasMessageContaining("never allowed");
    }

    /** java.net.URI reads no server host in these (a short dotted form): refused as malformed, always. */
    @ParameterizedTest
    @ValueSource(strings = {"http://0x7f.1/", "http://127.1/", "http://0177.1/"})
    void shortDottedSpellingsAreRefusedEvenWhenPrivateDestinationsAreAllowed(String url) {
        assertThatThrownBy(() -> ALLOWING_PRIVATE.check(URI.create(url)))
                .isInstanceOf(DestinationNotAllowedException.class)
                .hasMessage("the URL has no host");
        assertThatThrownBy(() -> WebhookUrl.parse(url, true)).hasMessage("url is not a valid absolute URL");
    }

    @Test
    void checksEveryAddressOfANameAndReturnsTheCheckedOnes() throws Exception {
        var guard = new ResolvingOutboundGuard(
                false,
                dns(Map.of(
                        "hooks.example.com", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
                        "mixed.example.com", List.of("93.184.216.34", "10.1.2.3"),
                        "metadata.example.com", List.of("169.254.169.254"))));

        assertThat(guard.check(URI.create("https://hooks.example.com/x")))
                .containsExactly(ip("93.184.216.34"), ip("2606:2800:220:1:248:1893:25c8:1946"));
        assertThatThrownBy(() -> guard.check(URI.create("https://mixed.example.com/")))
                .hasMessageContaining("10.1.2.3");
        assertThatThrownBy(() -> guard.check(URI.create("https://metadata.example.com/")))
                .hasMessageContaining("169.254.169.254");
        assertThatThrownBy(() -> guard.check(URI.create("https://nowhere.example.com/")))
                .hasMessage("the host nowhere.example.com does not resolve");
    }

    @Test
    void aNameThatRebindsToAPrivateAddressIsRefusedAtTheNextCheck() throws Exception {
        String[] answer = {"93.184.216.34"};
        var guard = new ResolvingOutboundGuard(false, host -> new InetAddress[] {ip(answer[0])});
        URI url = URI.create("https://rebind.example.com/hook");

        assertThat(guard.check(url)).containsExactly(ip("93.184.216.34"));
        answer[0] = "127.0.0.1";
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(DestinationNotAllowedException.class);
    }
}
