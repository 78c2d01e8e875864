package dev.framewright.engines.process;

import java.nio.charset.StandardCharsets;

/** Keeps the last {@code capacity} bytes written to it. Thread-safe. */
final class TailBuffer {
    private final byte[] ring;
    private long written;

    TailBuffer(int capacity) {
        this.ring = new byte[capacity];
    }

    synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % ring.length)] = bytes[offset + i];
        }
    }

    /** The kept bytes as UTF-8; a character cut at the start decodes as U+FFFD. */
    synchronized String text() {
        int kept = (int) Math.min(written, ring.length);
        byte[] out = new byte[kept];
        long first = written - kept;
        for (int i = 0; i < kept; i++) {
            out[i] = ring[(int) ((first + i) % ring.length)];
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
