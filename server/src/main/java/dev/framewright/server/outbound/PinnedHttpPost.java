package dev.framewright.server.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal HTTP/1.1 POST that connects to an address the {@code OutboundGuard} checked, while the
 * {@code Host} header, TLS SNI and certificate check use the URL's name. The JDK's {@code HttpClient}
 * cannot do this: it resolves names itself (a second lookup that DNS rebinding could answer
 * differently), with no per-client resolver. One deadline covers connect, TLS, sending and the response
 * head; redirects are never followed and the response body is not read. Thread-safe.
 */
public final class PinnedHttpPost {
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final Duration timeout;
    private final SSLSocketFactory tls;

    public PinnedHttpPost(Duration timeout) {
        this(timeout, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    public PinnedHttpPost(Duration timeout, SSLSocketFactory tls) {
        this.timeout = timeout;
        this.tls = tls;
    }

    /**
     * @param addresses checked addresses of the URL's host, tried in order until one connects
     * @throws SocketTimeoutException when the deadline passed
     * @throws IOException when no connection could be made or it broke (TLS failures included)
     */
    public PostResult post(URI url, List<InetAddress> addresses, Map<String, String> headers, byte[] body)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean https = url.getScheme().equalsIgnoreCase("https");
        int port = PinnedSockets.port(url);
        try (Socket s = PinnedSockets.open(url, addresses, deadline, tls)) {
            OutputStream out = s.getOutputStream();
            out.write(head(url, port, https, headers, body.length));
            out.write(body);
            out.flush();
            return readHead(new DeadlineInput(s, deadline));
        }
    }

    private static byte[] head(URI url, int port, boolean https, Map<String, String> headers, int length) {
        String target = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            target += "?" + url.getRawQuery();
        }
        boolean defaultPort = port == (https ? 443 : 80);
        StringBuilder sb = new StringBuilder("POST ").append(target).append(" HTTP/1.1\r\n");
        sb.append("Host: ")
                .append(url.getHost())
                .append(defaultPort ? "" : ":" + port)
                .append("\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        sb.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static PostResult readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int state = 0; // counts the bytes of the CRLFCRLF that ends the head
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the receiver closed the connection before answering");
            }
            if (buf.size() >= MAX_HEAD_BYTES) {
                throw new IOException("the response head is too large");
            }
            buf.write(b);
            state = b == (state % 2 == 0 ? '\r' : '\n') ? state + 1 : b == '\r' ? 1 : 0;
        }
        String[] lines = buf.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
            throw new IOException("the receiver did not answer HTTP/1.x");
        }
        int code;
        try {
            code = Integer.parseInt(status[1]);
        } catch (NumberFormatException e) {
            throw new IOException("the receiver answered a malformed status line");
        }
        String retryAfter = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0
                    && lines[i].substring(0, colon)
                            .trim()
                            .toLowerCase(Locale.ROOT)
                            .equals("retry-after")) {
                retryAfter = lines[i].substring(colon + 1).trim();
            }
        }
        return new PostResult(code, retryAfter);
    }
}
