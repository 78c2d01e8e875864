package dev.framewright.server.outbound;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Connections to an address the {@code OutboundGuard} checked, never to a name: tried in order until
 * one connects, then for https a TLS handshake whose SNI and certificate check use the URL's name.
 * Shared by {@link PinnedHttpPost} (webhooks) and {@link PinnedHttpExchange} (connectors).
 */
final class PinnedSockets {
    private PinnedSockets() {}

    static int port(URI url) {
        boolean https = url.getScheme().equalsIgnoreCase("https");
        return url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
    }

    /**
     * @throws SocketTimeoutException when {@code deadline} (a {@link System#nanoTime()} value) passed
     * @throws IOException when no address connects or the handshake fails
     */
    static Socket open(URI url, List<InetAddress> addresses, long deadline, SSLSocketFactory tls) throws IOException {
        int port = port(url);
        Socket socket = connect(addresses, port, deadline);
        if (!url.getScheme().equalsIgnoreCase("https")) {
            return socket;
        }
        try {
            return handshake(socket, url.getHost(), port, deadline, tls);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static Socket connect(List<InetAddress> addresses, int port, long deadline) throws IOException {
        IOException last = new ConnectException("no address to connect to");
        for (InetAddress a : addresses) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(a, port), DeadlineInput.remainingMillis(deadline));
                return s;
            } catch (SocketTimeoutException e) {
                s.close();
                throw e;
            } catch (IOException e) {
                s.close();
                last = e;
            }
        }
        throw last;
    }

    private static Socket handshake(Socket raw, String host, int port, long deadline, SSLSocketFactory tls)
            throws IOException {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket s = (SSLSocket) tls.createSocket(raw, name, port, true);
        SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must match the URL's name
        s.setSSLParameters(p);
        s.setSoTimeout(DeadlineInput.remainingMillis(deadline));
        s.startHandshake();
        return s;
    }
}
