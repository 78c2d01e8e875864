package dev.framewright.server.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
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
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request and its whole response over a connection to a checked address ({@link
 * PinnedSockets}): the connectors' transport. One deadline covers everything; reads wait in short
 * slices so that a cancel is noticed within a quarter of a second. Bodies may be sized or chunked and
 * are limited; redirects are not followed. Thread-safe.
 */
final class PinnedHttpExchange {
    static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int SLICE_MILLIS = 250;

    /** A response: status, headers (names lower-cased) and the body. */
    record Result(int status, Map<String, String> headers, byte[] body) {}

    private final SSLSocketFactory tls;
    private final int maxBody;

    PinnedHttpExchange(SSLSocketFactory tls, int maxBody) {
        this.tls = tls;
        this.maxBody = maxBody;
    }

    /**
     * @throws SocketTimeoutException when {@code timeout} passed
     * @throws InterruptedIOException when {@code cancelled} turned true
     * @throws IOException when no connection could be made, it broke, or the answer is not HTTP/1.x or too
     *     large
     */
    Result exchange(
            String method,
            URI url,
            List<InetAddress> addresses,
            Map<String, String> headers,
            byte[] body,
            Duration timeout,
            BooleanSupplier cancelled)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket s = PinnedSockets.open(url, addresses, deadline, tls)) {
            OutputStream out = s.getOutputStream();
            out.write(head(method, url, headers, body.length));
            out.write(body);
            out.flush();
            InputStream in = new SlicedInput(s, deadline, cancelled);
            String[] lines = readHead(in).split("\r\n");
            int status = status(lines[0]);
            Map<String, String> h = new java.util.LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    h.put(
                            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            return new Result(status, h, body(in, h));
        }
    }

    private static byte[] head(String method, URI url, Map<String, String> headers, int length) {
        String target = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            target += "?" + url.getRawQuery();
        }
        int port = PinnedSockets.port(url);
        boolean defaultPort = port == (url.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        StringBuilder sb = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        sb.append("Host: ")
                .append(url.getHost())
                .append(defaultPort ? "" : ":" + port)
                .append("\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        if (length > 0 || !method.equals("GET")) {
            sb.append("Content-Length: ").append(length).append("\r\n");
        }
        sb.append("Connection: close\r\n\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the service closed the connection before answering");
            }
            if (buf.size() >= MAX_HEAD_BYTES) {
                throw new IOException("the response head is too large");
            }
            buf.write(b);
            state = b == (state % 2 == 0 ? '\r' : '\n') ? state + 1 : b == '\r' ? 1 : 0;
        }
        return buf.toString(StandardCharsets.ISO_8859_1);
    }

    private static int status(String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("the service did not answer HTTP/1.x");
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("the service answered a malformed status line");
        }
    }

    private byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            while (true) {
                String size = line(in).split(";", 2)[0].trim();
                int n;
                try {
                    n = Integer.parseInt(size, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("the service sent a malformed chunk");
                }
                if (n == 0) {
                    return out.toByteArray();
                }
                copy(in, out, n);
                line(in);
            }
        }
        String length = headers.get("content-length");
        if (length != null) {
            try {
                copy(in, out, Long.parseLong(length));
            } catch (NumberFormatException e) {
                throw new IOException("the service sent a malformed Content-Length");
            }
            return out.toByteArray();
        }
        copy(in, out, Long.MAX_VALUE);
        return out.toByteArray();
    }

    private void copy(InputStream in, ByteArrayOutputStream out, long n) throws IOException {
        byte[] buf = new byte[16 * 1024];
        long left = n;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                if (n == Long.MAX_VALUE) {
                    return;
                }
                throw new IOException("the service's answer was cut short");
            }
            if (out.size() + r > maxBody) {
                throw new IOException("the service's answer is larger than " + maxBody + " bytes");
            }
            out.write(buf, 0, r);
            left -= r;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("the service's answer was cut short");
            }
            if (sb.length() > 1024) {
                throw new IOException("the service sent a malformed chunk");
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    /** Reads in slices of at most {@value #SLICE_MILLIS} ms, checking the deadline and the cancel between. */
    private static final class SlicedInput extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private final BooleanSupplier cancelled;

        SlicedInput(Socket socket, long deadline, BooleanSupplier cancelled) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
            this.cancelled = cancelled;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new InterruptedIOException("cancelled");
                }
                socket.setSoTimeout(Math.min(SLICE_MILLIS, DeadlineInput.remainingMillis(deadline)));
                try {
                    return in.read(b, off, len);
                } catch (SocketTimeoutException e) {
                    // the slice ended: check the cancel and the deadline again
                }
            }
        }
    }
}
