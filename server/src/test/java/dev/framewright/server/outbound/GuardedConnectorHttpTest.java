package dev.framewright.server.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.engines.connectors.ConnectorHttp;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connectors' transport: the SSRF guard first, then one pinned HTTP/1.1 exchange. */
class GuardedConnectorHttpTest {
    private ServerSocket server;
    private final CopyOnWriteArrayList<String> requests = new CopyOnWriteArrayList<>();

    /** A loopback server that answers each connection with {@code answer(request head)} and closes. */
    private URI serve(Function<String, byte[]> answer) throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    StringBuilder head = new StringBuilder();
                    while (!head.toString().endsWith("\r\n\r\n")) {
                        int b = in.read();
                        if (b < 0) {
                            break;
                        }
                        head.append((char) b);
                    }
                    int length = 0;
                    for (String line : head.toString().split("\r\n")) {
                        if (line.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(15).trim());
                        }
                    }
                    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                    requests.add(head + body);
                    OutputStream out = s.getOutputStream();
                    out.write(answer.apply(head.toString()));
                    out.flush();
                } catch (Exception e) {
                    // the test closed the server, or the client went away
                }
            }
        });
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static ConnectorHttp.Request post(URI base, String path) {
        return new ConnectorHttp.Request(
                "POST",
                URI.create(base + path),
                Map.of("Content-Type", "application/json", "xi-api-key", "k"),
                "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(5));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void sendsTheRequestAndReadsSizedAndChunkedBodies() throws Exception {
        URI base = serve(head -> head.startsWith("POST /sized")
                ? bytes("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: 5\r\n\r\nAUDIO")
                : bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nAUD\r\n2;x=y\r\nIO\r\n0\r\n\r\n"));
        GuardedConnectorHttp http = new GuardedConnectorHttp(new ResolvingOutboundGuard(true));
        ConnectorHttp.Response sized = http.send(post(base, "/sized?x=1"), () -> false);
        assertThat(sized.status()).isEqualTo(200);
        assertThat(sized.contentType()).isEqualTo("audio/mpeg");
        assertThat(new String(sized.body(), StandardCharsets.UTF_8)).isEqualTo("AUDIO");
        assertThat(requests.getFirst())
                .startsWith("POST /sized?x=1 HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\n")
                .contains("xi-api-key: k\r\n", "Content-Length: 13\r\n", "Connection: close\r\n")
                .endsWith("\r\n\r\n{\"text\":\"hi\"}");
        ConnectorHttp.Response chunked = http.send(post(base, "/chunked"), () -> false);
        assertThat(new String(chunked.body(), StandardCharsets.UTF_8)).isEqualTo("AUDIO");
    }

    @Test
    void theGuardRefusesPrivateAddressesUnlessAllowed() throws Exception {
        URI base = serve(head -> bytes("HTTP/1.1 204 No Content\r\n\r\n"));
        GuardedConnectorHttp strict = new GuardedConnectorHttp(new ResolvingOutboundGuard(false));
        assertThatThrownBy(() -> strict.send(post(base, "/x"), () -> false))
                .isInstanceOf(ConnectorHttp.DestinationRefused.class)
                .hasMessageContaining("127.0.0.1")
                .hasMessageContaining("not allowed");
        assertThat(requests).isEmpty();
        // a name is never resolved again after the check: the connection goes to the checked address
        GuardedConnectorHttp pinned = new GuardedConnectorHttp(
                new ResolvingOutboundGuard(true, host -> new InetAddress[] {InetAddress.getLoopbackAddress()}));
        URI named = URI.create("http://speech.example:" + base.getPort());
        assertThat(pinned.send(post(named, "/x"), () -> false).status()).isEqualTo(204);
        assertThat(requests.getLast()).contains("Host: speech.example:" + base.getPort() + "\r\n");
    }

    @Test
    void redirectsAreNotFollowedAndCancelsStopTheWait() throws Exception {
        URI base = serve(head -> {
            if (head.startsWith("POST /slow")) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return bytes("HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/\r\nContent-Length: 0\r\n\r\n");
        });
        GuardedConnectorHttp http = new GuardedConnectorHttp(new ResolvingOutboundGuard(true));
        assertThat(http.send(post(base, "/x"), () -> false).status()).isEqualTo(302);
        AtomicBoolean cancel = new AtomicBoolean();
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                // the test ends
            }
            cancel.set(true);
        });
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> http.send(post(base, "/slow"), cancel::get)).isInstanceOf(InterruptedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    }
}
