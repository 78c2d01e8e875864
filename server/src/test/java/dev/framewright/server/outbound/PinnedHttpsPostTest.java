package dev.framewright.server.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS to a pinned address: TLS is negotiated for the URL's name (SNI) and the certificate must
 * match that name, although the connection goes to the checked IP. The receiver's certificate is
 * made by the JDK's keytool for {@code hooks.test} and trusted by this test only.
 */
class PinnedHttpsPostTest {
    @TempDir
    static Path dir;

    static HttpsServer server;
    static SSLContext client;
    static final List<String> hosts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("receiver.p12");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "receiver",
                        "-keyalg",
                        "EC",
                        "-dname",
                        "CN=hooks.test",
                        "-ext",
                        "SAN=dns:hooks.test",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor())
                .as(new String(p.getInputStream().readAllBytes()))
                .isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            hosts.add(ex.getRequestHeaders().getFirst("Host"));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    PostResult post(String host) throws IOException {
        URI url = URI.create("https://" + host + ":" + server.getAddress().getPort() + "/hook");
        return new PinnedHttpPost(Duration.ofSeconds(10), client.getSocketFactory())
                .post(url, List.of(InetAddress.getLoopbackAddress()), Map.of(), "{}".getBytes());
    }

    @Test
    void theCertificateIsCheckedAgainstTheUrlsNameNotTheAddress() throws Exception {
        assertThat(post("hooks.test").status()).isEqualTo(200);
        assertThat(hosts).containsExactly("hooks.test:" + server.getAddress().getPort());

        assertThatThrownBy(() -> post("other.test")).isInstanceOf(SSLHandshakeException.class);
        assertThat(hosts).hasSize(1);
    }
}
