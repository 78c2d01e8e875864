package dev.framewright.server.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Reads a socket under one overall deadline: each read may wait only for what is left of it, so a
 * receiver that trickles bytes cannot stretch the timeout.
 */
final class DeadlineInput extends InputStream {
    private final Socket socket;
    private final InputStream in;
    private final long deadline;
    private final byte[] buf = new byte[4096];
    private int pos;
    private int end;

    DeadlineInput(Socket socket, long deadlineNanos) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deadline = deadlineNanos;
    }

    /** Milliseconds left until {@code deadline} (≥1). */
    static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("the receiver did not answer in time");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    @Override
    public int read() throws IOException {
        if (pos == end) {
            socket.setSoTimeout(remainingMillis(deadline));
            int n = in.read(buf);
            if (n < 0) {
                return -1;
            }
            pos = 0;
            end = n;
        }
        return buf[pos++] & 0xff;
    }
}
