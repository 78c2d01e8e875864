package dev.framewright.server.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pinned POST connects to the address it was given, never resolving the URL's name again (so a
 * rebinding DNS answer cannot redirect it), while Host carries the name; one deadline bounds it all.
 */
class PinnedHttpPostTest {
    HttpServer server;
    final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(ex.getRequestHeaders().getFirst("Host") + " " + ex.getRequestURI() + " "
                    + ex.getRequestHeaders().getFirst("webhook-id") + " " + body);
            if (ex.getRequestURI().getPath().equals("/slow")) {
                sleep(3000);
            }
            ex.getResponseHeaders().add("Retry-After", "7");
            ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/busy") ? 503 : 204, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Test
    void postsToTheCheckedAddressWithTheNameInHost() throws Exception {
        URI url = URI.create("http://does-not-resolve.invalid:" + port() + "/hook?a=1");

        PostResult r = new PinnedHttpPost(Duration.ofSeconds(5))
                .post(url, List.of(InetAddress.getLoopbackAddress()), Map.of("webhook-id", "msg_1"), "{}".getBytes());

        assertThat(r.status()).isEqualTo(204);
        assertThat(seen).containsExactly("does-not-resolve.invalid:" + port() + " /hook?a=1 msg_1 {}");
    }

    @Test
    void readsRetryAfterAndTriesTheNextAddressWhenOneRefuses() throws Exception {
        // nothing listens on 127.0.0.3 (the receiver is bound to 127.0.0.1 only): refused, next address
        URI url = URI.create("http://hooks.example.com:" + port() + "/busy");
        List<InetAddress> addresses = List.of(InetAddress.getByName("127.0.0.3"), InetAddress.getLoopbackAddress());

        PostResult r = new PinnedHttpPost(Duration.ofSeconds(5)).post(url, addresses, Map.of(), new byte[0]);

        assertThat(r).isEqualTo(new PostResult(503, "7"));
    }

    @Test
    void aRefusedConnectionAndADeadlineAreReportedApart() {
        URI refused = URI.create("http://127.0.0.1:1/");
        assertThatThrownBy(() -> new PinnedHttpPost(Duration.ofSeconds(5))
                        .post(refused, List.of(InetAddress.getLoopbackAddress()), Map.of(), new byte[0]))
                .isInstanceOf(ConnectException.class);

        URI slow = URI.create("http://127.0.0.1:" + port() + "/slow");
        long started = System.nanoTime();
        assertThatThrownBy(() -> new PinnedHttpPost(Duration.ofMillis(800))
                        .post(slow, List.of(InetAddress.getLoopbackAddress()), Map.of(), new byte[0]))
                .isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }
}
