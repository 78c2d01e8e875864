package dev.framewright.engines.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes RIFF WAVE files of 16-bit PCM (and reads 8/24/32-bit integer and 32-bit float),
 * mixing several channels down to mono. A data chunk whose declared size runs past the end of the
 * file (as written by programs that stream to a pipe) is read to the end of the file.
 */
public final class WavFile {
    private WavFile() {}

    /** @throws IOException when the file is not a WAVE file of a supported encoding */
    public static Pcm read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IOException("not a WAVE file");
        }
        int pos = 12;
        int format = 0;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (pos + 8 <= b.limit()) {
            int id = b.getInt(pos);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            int body = pos + 8;
            if (id == 0x20746d66) { // "fmt "
                format = b.getShort(body) & 0xffff;
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
                if (format == 0xfffe && size >= 26) {
                    format = b.getShort(body + 24) & 0xffff;
                }
            } else if (id == 0x61746164) { // "data"
                int length = (int) Math.min(size, b.limit() - body);
                return decode(b, body, length, format, channels, rate, bits);
            }
            pos = (int) Math.min(b.limit(), body + size + (size & 1));
        }
        throw new IOException("WAVE file without audio data");
    }

    /** Writes 16-bit mono PCM, rounding and clipping to [-1, 1]. */
    public static void write(Path file, Pcm pcm) throws IOException {
        float[] s = pcm.samples();
        ByteBuffer b = ByteBuffer.allocate(44 + s.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + s.length * 2).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1);
        b.putInt(pcm.rate()).putInt(pcm.rate() * 2).putShort((short) 2).putShort((short) 16);
        b.putInt(0x61746164).putInt(s.length * 2);
        for (float v : s) {
            b.putShort(toShort(v));
        }
        Files.write(file, b.array());
    }

    /** Opens a 16-bit mono WAVE file for appending; {@link Writer#close()} writes the sizes. */
    public static Writer writer(Path file, int rate) throws IOException {
        return new Writer(file, rate);
    }

    /** Streams 16-bit mono samples to a file, so long audio never sits in memory whole. Not thread-safe. */
    public static final class Writer implements AutoCloseable {
        private final java.nio.channels.FileChannel channel;
        private final int rate;
        private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        private long samples;

        private Writer(Path file, int rate) throws IOException {
            this.rate = rate;
            this.channel = java.nio.channels.FileChannel.open(
                    file,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                    java.nio.file.StandardOpenOption.WRITE);
            channel.write(header(0), 0);
            channel.position(44);
        }

        public int rate() {
            return rate;
        }

        /** Samples written so far. */
        public long length() {
            return samples;
        }

        public void append(float[] s) throws IOException {
            for (float v : s) {
                if (buffer.remaining() < 2) {
                    flush();
                }
                buffer.putShort(toShort(v));
            }
            samples += s.length;
        }

        public void silence(int n) throws IOException {
            append(new float[n]);
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        private ByteBuffer header(long dataSamples) {
            long data = dataSamples * 2;
            ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(0x46464952).putInt((int) (36 + data)).putInt(0x45564157);
            b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1);
            b.putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
            b.putInt(0x61746164).putInt((int) data);
            return b.flip();
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
                channel.write(header(samples), 0);
            } finally {
                channel.close();
            }
        }
    }

    static short toShort(float v) {
        float c = Math.max(-1f, Math.min(1f, v));
        return (short) Math.round(c * 32767f);
    }

    private static Pcm decode(ByteBuffer b, int at, int length, int format, int channels, int rate, int bits)
            throws IOException {
        boolean floats = format == 3 && bits == 32;
        if (!(format == 1 && (bits == 8 || bits == 16 || bits == 24 || bits == 32)) && !floats) {
            throw new IOException("unsupported WAVE encoding: format " + format + ", " + bits + " bits");
        }
        if (channels < 1 || rate < 1000) {
            throw new IOException("unsupported WAVE layout: " + channels + " channels at " + rate + " Hz");
        }
        int width = bits / 8;
        int frames = length / (width * channels);
        float[] out = new float[frames];
        for (int f = 0; f < frames; f++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sample(b, at + (f * channels + c) * width, bits, floats);
            }
            out[f] = sum / channels;
        }
        return new Pcm(out, rate);
    }

    private static float sample(ByteBuffer b, int at, int bits, boolean floats) {
        if (floats) {
            return b.getFloat(at);
        }
        return switch (bits) {
            case 8 -> ((b.get(at) & 0xff) - 128) / 128f;
            case 16 -> b.getShort(at) / 32768f;
            case 24 -> ((b.get(at) & 0xff) | (b.get(at + 1) & 0xff) << 8 | b.get(at + 2) << 16) / 8388608f;
            default -> b.getInt(at) / 2147483648f;
        };
    }
}
