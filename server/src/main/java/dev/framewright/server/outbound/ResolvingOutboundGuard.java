package dev.framewright.server.outbound;

import dev.framewright.core.outbound.AddressRules;
import dev.framewright.core.outbound.DestinationNotAllowedException;
import dev.framewright.core.outbound.IpLiterals;
import dev.framewright.core.outbound.OutboundGuard;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The server's one {@link OutboundGuard}: IP literals (any spelling) are read without DNS, names are
 * resolved, and every address is judged by {@link AddressRules}. Private destinations are refused
 * unless {@code outbound-allow-private} is set; unspecified, multicast and broadcast ones always.
 */
public final class ResolvingOutboundGuard implements OutboundGuard {
    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public ResolvingOutboundGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public ResolvingOutboundGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    @Override
    public List<InetAddress> check(URI url) throws DestinationNotAllowedException {
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new DestinationNotAllowedException("the URL has no host");
        }
        List<InetAddress> addresses = resolve(host);
        for (InetAddress a : addresses) {
            AddressRules.Kind kind = AddressRules.classify(a);
            if (kind == AddressRules.Kind.NEVER) {
                throw new DestinationNotAllowedException(
                        host + " resolves to " + a.getHostAddress() + ", which is never allowed");
            }
            if (kind == AddressRules.Kind.PRIVATE && !allowPrivate) {
                throw new DestinationNotAllowedException(host + " resolves to " + a.getHostAddress()
                        + ", a loopback, private or link-local address, which is not allowed");
            }
        }
        return addresses;
    }

    private List<InetAddress> resolve(String host) throws DestinationNotAllowedException {
        Optional<InetAddress> literal = IpLiterals.parse(host);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        if (host.startsWith("[")) {
            throw new DestinationNotAllowedException(host + " is not a valid IPv6 address");
        }
        try {
            InetAddress[] found = resolver.resolve(host);
            if (found == null || found.length == 0) {
                throw new UnknownHostException(host);
            }
            return List.of(found);
        } catch (UnknownHostException e) {
            throw new DestinationNotAllowedException("the host " + host + " does not resolve");
        }
    }
}
