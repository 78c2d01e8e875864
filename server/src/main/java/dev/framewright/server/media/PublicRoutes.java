package dev.framewright.server.media;

import dev.framewright.core.ApiException;
import dev.framewright.server.http.RouteTable;

/**
 * Public preview paths (API.md §10.4). Enabling a public preview is not available yet, so no playback
 * id exists and every public path answers 404, exactly as for an unknown or revoked id.
 */
public final class PublicRoutes {
    public void register(RouteTable t) {
        var open = RouteTable.Access.PUBLIC;
        for (String path : new String[] {
            "/public/hls/{publicPlaybackId}/{segment}",
            "/public/preview/{publicPlaybackId}",
            "/public/thumbnail/{publicPlaybackId}",
            "/embed/{publicPlaybackId}"
        }) {
            t.get(path, open, null, ctx -> {
                throw ApiException.notFound("Public preview");
            });
        }
    }
}
