package dev.framewright.core.webhooks;

import dev.framewright.core.ApiException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The syntax rules of an endpoint URL (API.md §5.2, §9.5): absolute {@code https} (or {@code http}
 * when the operator allows it), with a host, without user info or fragment. Where it may point is the
 * {@link dev.framewright.core.outbound.OutboundGuard}'s decision.
 */
public final class WebhookUrl {
    private WebhookUrl() {}

    /** @throws ApiException {@code invalid_parameters} naming the rule broken */
    public static URI parse(String raw, boolean allowHttp) {
        URI u;
        try {
            u = new URI(raw);
        } catch (URISyntaxException e) {
            throw ApiException.invalid("url is not a valid absolute URL");
        }
        if (!u.isAbsolute()
                || u.isOpaque()
                || u.getHost() == null
                || u.getHost().isEmpty()) {
            throw ApiException.invalid("url is not a valid absolute URL");
        }
        if (u.getRawUserInfo() != null || u.getRawFragment() != null) {
            throw ApiException.invalid("url must not contain user info or a fragment");
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw ApiException.invalid(allowHttp ? "url must use https or http" : "url must use https");
        }
        return u;
    }
}
