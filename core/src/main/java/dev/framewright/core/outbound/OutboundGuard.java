package dev.framewright.core.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * The SSRF guard (API.md §9.5): decides whether the server may call a URL and to which addresses.
 * Every outbound call of the server (webhook deliveries now, connectors later) asks it right before
 * connecting and then connects only to an address it returned, never resolving the name again, so a
 * DNS answer that changes between check and connect (rebinding) cannot reach a refused address.
 *
 * <p>Implementations are thread-safe. {@link #check} may block on DNS; callers run it off request
 * threads where that matters.
 */
public interface OutboundGuard {
    /**
     * Resolves the URL's host (decimal, octal and hex IPv4 spellings are taken as the address they
     * spell) and checks every address.
     *
     * @return the checked addresses, at least one, in the resolver's order
     * @throws DestinationNotAllowedException when the host does not resolve or any of its addresses is
     *     refused
     */
    List<InetAddress> check(URI url) throws DestinationNotAllowedException;
}
