package dev.framewright.core.outbound;

/**
 * The {@link OutboundGuard} refused a destination. The message is safe to show to the API caller who
 * registered the URL: it names the host and the rule, never internals.
 */
public final class DestinationNotAllowedException extends Exception {
    public DestinationNotAllowedException(String message) {
        super(message, null, false, false);
    }
}
