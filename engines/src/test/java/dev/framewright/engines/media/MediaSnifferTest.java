package dev.framewright.engines.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaSnifferTest {
    @TempDir
    Path dir;

    @Test
    void images() {
        assertSniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13), SniffedType.PNG);
        assertSniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'), SniffedType.JPEG);
        assertSniff(ascii("GIF89a\u0001\u0000"), SniffedType.GIF);
        assertSniff(ascii("GIF87a\u0001\u0000"), SniffedType.GIF);
        assertSniff(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), SniffedType.WEBP);
    }

    @Test
    void isoMediaByBrand() {
        assertSniff(ftyp("isom", "isom", "iso2", "avc1", "mp41"), SniffedType.MP4);
        assertSniff(ftyp("mp42", "mp42", "isom"), SniffedType.MP4);
        assertSniff(ftyp("M4V ", "M4V ", "M4A ", "mp42"), SniffedType.MP4);
        assertSniff(ftyp("qt  ", "qt  "), SniffedType.MOV);
        assertSniff(ftyp("M4A ", "M4A ", "mp42", "isom"), SniffedType.M4A);
        assertSniff(ftyp("XXXX", "mp41"), SniffedType.MP4);
        assertThat(MediaSniffer.sniff(ftyp("heic", "mif1", "heic"))).isEmpty();
        assertThat(MediaSniffer.sniff(ftyp("avif", "avif", "mif1"))).isEmpty();
        assertThat(MediaSniffer.sniff(ftyp("zzzz", "yyyy"))).isEmpty();
    }

    @Test
    void containersAndAudio() {
        assertSniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81), SniffedType.WEBM);
        assertSniff(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "), SniffedType.WAV);
        assertSniff(ascii("OggS\u0000\u0002 ... \u0001vorbis"), SniffedType.OGG);
        assertSniff(ascii("OggS\u0000\u0002 ... \u0080theora"), SniffedType.OGV);
        assertSniff(ascii("fLaC\u0000\u0000\u0000\u0010"), SniffedType.FLAC);
        assertSniff(ascii("ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000"), SniffedType.MP3);
        assertSniff(bytes(0xFF, 0xFB, 0x90, 0x64), SniffedType.MP3);
        assertSniff(bytes(0xFF, 0xF3, 0x48, 0xC4), SniffedType.MP3);
        assertSniff(bytes(0xFF, 0xF1, 0x50, 0x80), SniffedType.AAC);
        assertSniff(bytes(0xFF, 0xF9, 0x50, 0x80), SniffedType.AAC);
    }

    @Test
    void notMedia() {
        assertThat(MediaSniffer.sniff(new byte[0])).isEmpty();
        assertThat(MediaSniffer.sniff(ascii("hello world"))).isEmpty();
        assertThat(MediaSniffer.sniff(ascii("%PDF-1.7"))).isEmpty();
        assertThat(MediaSniffer.sniff(bytes(0x50, 0x4B, 0x03, 0x04))).isEmpty();
        assertThat(MediaSniffer.sniff(ascii("RIFF\u0000\u0000\u0000\u0000AVI LIST")))
                .isEmpty();
        assertThat(MediaSniffer.sniff(bytes(0xFF, 0xFF, 0xFF, 0xFF))).isEmpty();
        assertThat(MediaSniffer.sniff(bytes(0xFF, 0xE2, 0xF0, 0x00))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                "  \n<svg>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg width=\"10\">",
                "<?xml version=\"1.0\"?><!-- made by <svg> tools --><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
                        + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg\tviewBox=\"0 0 1 1\">",
                "<!DOCTYPE svg [ <!ENTITY ns \"http://x\"> <!ELEMENT a (b)> ]><svg>",
                "<?xml-stylesheet href=\"a.css\"?><svg/>"
            })
    void svgText(String text) {
        assertSniff(text.getBytes(StandardCharsets.UTF_8), SniffedType.SVG);
    }

    @Test
    void svgWithByteOrderMarks() {
        byte[] utf8 = concat(bytes(0xEF, 0xBB, 0xBF), ascii("<svg>"));
        byte[] utf16 = concat(bytes(0xFF, 0xFE), "<?xml version=\"1.0\"?><svg>".getBytes(StandardCharsets.UTF_16LE));

        assertSniff(utf8, SniffedType.SVG);
        assertSniff(utf16, SniffedType.SVG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html><svg></svg></html>",
                "<?xml version=\"1.0\"?><rss/>",
                "<svgfoo>",
                "<!-- never closed <svg>",
                "text <svg>",
                "<svg"
            })
    void notSvg(String text) {
        assertThat(MediaSniffer.sniff(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void looksPastAnId3Tag() throws IOException {
        byte[] tag = bytes('I', 'D', '3', 4, 0, 0, 0, 0, 1, 0); // 128 bytes of tag body follow
        byte[] body = new byte[128];

        assertThat(sniffFile(concat(tag, body, ascii("fLaC\u0000")))).contains(SniffedType.FLAC);
        assertThat(sniffFile(concat(tag, body, bytes(0xFF, 0xF1, 0x50, 0x80)))).contains(SniffedType.AAC);
        assertThat(sniffFile(concat(tag, body, bytes(0xFF, 0xFB, 0x90, 0x64)))).contains(SniffedType.MP3);
        assertThat(sniffFile(tag)).contains(SniffedType.MP3);
    }

    @Test
    void sniffsOnlyTheHeadOfLargeFiles() throws IOException {
        byte[] big = new byte[10 * 1024 * 1024];
        System.arraycopy(ascii("fLaC"), 0, big, 0, 4);

        assertThat(sniffFile(big)).contains(SniffedType.FLAC);
    }

    private Optional<SniffedType> sniffFile(byte[] content) throws IOException {
        return MediaSniffer.sniff(Files.write(dir.resolve("file.bin"), content));
    }

    private static void assertSniff(byte[] head, SniffedType expected) {
        assertThat(MediaSniffer.sniff(head)).contains(expected);
    }

    static byte[] ftyp(String major, String... compatible) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = 16 + 4 * compatible.length;
        out.writeBytes(bytes(0, 0, 0, size));
        out.writeBytes(ascii("ftyp" + major + "\u0000\u0000\u0002\u0000"));
        for (String brand : compatible) {
            out.writeBytes(ascii(brand));
        }
        out.writeBytes(ascii("\u0000\u0000\u0000\u0008free"));
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
