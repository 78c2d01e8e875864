package dev.framewright.core.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses outbound calls may reach (API.md §9.5). {@link Kind#PRIVATE} addresses are refused
 * unless the operator allows private destinations; {@link Kind#NEVER} ones are refused always.
 * IPv4 embedded in IPv6 (mapped, compatible, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is
 * judged by its IPv4 address.
 */
public final class AddressRules {
    /** What an address is, for the guard. */
    public enum Kind {
        PUBLIC,
        /** Loopback, private, link-local, unique-local, shared (CGNAT) and cloud-metadata addresses. */
        PRIVATE,
        /** Unspecified, multicast, broadcast and reserved addresses. */
        NEVER
    }

    private AddressRules() {}

    public static Kind classify(InetAddress a) {
        if (a instanceof Inet6Address v6) {
            InetAddress embedded = embeddedIpv4(v6.getAddress());
            return embedded != null ? classify(embedded) : classify6(v6);
        }
        return classify4(a.getAddress());
    }

    private static Kind classify4(byte[] b) {
        int o0 = b[0] & 0xff;
        int o1 = b[1] & 0xff;
        if (o0 == 0 || o0 >= 224) {
            return Kind.NEVER; // 0/8 unspecified, 224/4 multicast, 240/4 reserved, 255.255.255.255 broadcast
        }
        boolean priv = o0 == 127 // loopback
                || o0 == 10
                || (o0 == 172 && (o1 & 0xf0) == 16)
                || (o0 == 192 && o1 == 168)
                || (o0 == 169 && o1 == 254) // link-local, incl. 169.254.169.254 (cloud metadata)
                || (o0 == 100 && (o1 & 0xc0) == 64) // 100.64/10 shared, incl. 100.100.100.200 (metadata)
                || (o0 == 192 && o1 == 0 && (b[2] & 0xff) == 0); // 192.0.0/24, incl. 192.0.0.192 (metadata)
        return priv ? Kind.PRIVATE : Kind.PUBLIC;
    }

    private static Kind classify6(Inet6Address a) {
        byte[] b = a.getAddress();
        if (a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return Kind.NEVER;
        }
        boolean priv = a.isLoopbackAddress()
                || (b[0] & 0xfe) == 0xfc // fc00::/7 unique-local, incl. fd00:ec2::254 (metadata)
                || ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) // fe80::/10 link-local
                || ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0); // fec0::/10 old site-local
        return priv ? Kind.PRIVATE : Kind.PUBLIC;
    }

    /** The IPv4 address inside an IPv6 one, or null. */
    private static InetAddress embeddedIpv4(byte[] b) {
        int from = -1;
        if (zero(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || zero(b, 10, 12))) {
            from = 12; // ::ffff:a.b.c.d mapped, ::a.b.c.d compatible (:: and ::1 excluded below)
            if (zero(b, 10, 12) && zero(b, 12, 15) && (b[15] & 0xff) <= 1) {
                return null;
            }
        } else if ((b[0] & 0xff) == 0
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && zero(b, 4, 12)) {
            from = 12; // 64:ff9b::/96 NAT64
        } else if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            from = 2; // 2002::/16 6to4
        }
        if (from < 0) {
            return null;
        }
        try {
            return Inet4Address.getByAddress(java.util.Arrays.copyOfRange(b, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
