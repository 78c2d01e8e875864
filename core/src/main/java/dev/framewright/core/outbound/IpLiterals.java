package dev.framewright.core.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a URL host as an IP address literal the way C resolvers do ({@code inet_aton}), so that
 * spellings like {@code 2130706433}, {@code 0177.0.0.1} or {@code 0x7f.1} are recognised as
 * {@code 127.0.0.1} instead of going to DNS: one to four parts, each decimal, octal (leading {@code
 * 0}) or hex ({@code 0x}), the last filling the remaining bytes. IPv6 literals come in brackets.
 */
public final class IpLiterals {
    private IpLiterals() {}

    /** The address {@code host} spells, or empty when it is a name. */
    public static Optional<InetAddress> parse(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (h.startsWith("[") && h.endsWith("]")) {
            return ipv6(h.substring(1, h.length() - 1));
        }
        if (h.isEmpty() || !h.matches("[0-9a-fA-FxX.]+")) {
            return Optional.empty();
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long v = number(parts[i]);
            if (v == null) {
                return Optional.empty();
            }
            values[i] = v;
        }
        return ipv4(values);
    }

    private static Long number(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        try {
            if (p.startsWith("0x")) {
                return p.length() > 2 && p.length() <= 10 ? Long.parseLong(p.substring(2), 16) : null;
            }
            if (p.length() > 1 && p.startsWith("0")) {
                return p.length() <= 12 ? Long.parseLong(p.substring(1), 8) : null;
            }
            return !p.isEmpty() && p.length() <= 10 ? Long.parseLong(p) : null;
        } catch (NumberFormatException e) {
            return null; // e.g. hex digits without 0x, or 8 and 9 in an octal part: a name
        }
    }

    private static Optional<InetAddress> ipv4(long[] v) {
        int n = v.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 0xff) {
                return Optional.empty();
            }
        }
        long last = v[n - 1];
        if (last >= 1L << (8 * (5 - n))) {
            return Optional.empty();
        }
        long address = last;
        for (int i = 0; i < n - 1; i++) {
            address |= v[i] << (8 * (3 - i));
        }
        byte[] b = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(InetAddress.getByAddress(b));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<InetAddress> ipv6(String literal) {
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            return Optional.empty(); // zone ids and anything else are not accepted
        }
        try {
            return Optional.of(InetAddress.getByName("[" + literal + "]"));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
