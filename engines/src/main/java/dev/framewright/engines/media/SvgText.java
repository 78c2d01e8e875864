package dev.framewright.engines.media;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Finds the root {@code <svg} element in the start of a text file: after an optional byte order mark,
 * XML declaration, processing instructions, comments and DOCTYPE (with an internal subset). Plain
 * string scanning, never an XML parser, so that no entity or external reference is ever resolved.
 */
final class SvgText {
    private SvgText() {}

    /** Index of {@code <svg} in {@link #decode(byte[])}'s text, or -1 when the root is not svg. */
    static int rootTagStart(byte[] head) {
        String text = decode(head);
        return text == null ? -1 : rootTagStart(text);
    }

    /** The root start tag, {@code <svg …>}, or null when the text does not start with one. */
    static String rootTag(byte[] head) {
        String text = decode(head);
        int start = text == null ? -1 : rootTagStart(text);
        int end = start < 0 ? -1 : text.indexOf('>', start);
        return end < 0 ? null : text.substring(start, end + 1);
    }

    /** The text after any byte order mark, or null when it cannot be XML (first character not '<'). */
    static String decode(byte[] head) {
        int skip = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            skip = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            skip = 2;
            charset = StandardCharsets.UTF_16LE;
        }
        String text = new String(head, skip, head.length - skip, charset);
        String trimmed = text.stripLeading();
        return trimmed.startsWith("<") ? trimmed : null;
    }

    private static int rootTagStart(String t) {
        int i = 0;
        while (true) {
            i = skipWhitespace(t, i);
            int next = skipMarkup(t, i);
            if (next == i) {
                break;
            }
            if (next < 0) {
                return -1;
            }
            i = next;
        }
        boolean svg = t.startsWith("<svg", i)
                && t.length() > i + 4
                && (Character.isWhitespace(t.charAt(i + 4)) || t.charAt(i + 4) == '>' || t.charAt(i + 4) == '/');
        return svg ? i : -1;
    }

    /** The index after the prolog item at {@code i}; {@code i} when there is none; -1 when cut off. */
    private static int skipMarkup(String t, int i) {
        if (t.startsWith("<?", i)) {
            return after(t, "?>", i);
        }
        if (t.startsWith("<!--", i)) {
            return after(t, "-->", i + 4);
        }
        if (t.startsWith("<!DOCTYPE", i)) {
            return afterDoctype(t, i);
        }
        return i;
    }

    private static int afterDoctype(String t, int i) {
        int depth = 0;
        for (int j = i; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private static int after(String t, String end, int from) {
        int at = t.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static int skipWhitespace(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }
}
