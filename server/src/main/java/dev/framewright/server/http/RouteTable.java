package dev.framewright.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every route of the server in one table: method, path template, who may call it and its rate-limit
 * group. Installed into Javalin at start; also answers which methods a path allows (405) and is
 * compared with openapi.yaml by the drift test.
 */
public final class RouteTable {
    /** Who may call a route. */
    public enum Access {
        /** No authentication (health, media with signed URLs, public previews, openapi.json). */
        PUBLIC,
        /** {@code Authorization: Bearer <API key>} (API.md §1.2). */
        API_KEY
    }

    /**
     * @param rateGroup the rate-limit policy name (API.md §1.7), null when not rate limited
     */
    public record Route(HandlerType method, String path, Access access, String rateGroup, Handler handler) {}

    private final List<Route> routes = new ArrayList<>();

    public RouteTable get(String path, Access access, String group, Handler h) {
        return add(HandlerType.GET, path, access, group, h);
    }

    public RouteTable post(String path, Access access, String group, Handler h) {
        return add(HandlerType.POST, path, access, group, h);
    }

    public RouteTable put(String path, Access access, String group, Handler h) {
        return add(HandlerType.PUT, path, access, group, h);
    }

    public RouteTable delete(String path, Access access, String group, Handler h) {
        return add(HandlerType.DELETE, path, access, group, h);
    }

    public RouteTable add(HandlerType method, String path, Access access, String group, Handler h) {
        routes.add(new Route(method, path, access, group, h));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    void install(JavalinConfig config) {
        for (Route r : routes) {
            config.routes.addHttpHandler(r.method(), r.path(), r.handler());
        }
    }

    /** The methods registered for a concrete request path, for 405 answers. */
    Set<String> allowedMethods(String requestPath) {
        Set<String> out = new TreeSet<>();
        for (Route r : routes) {
            if (matches(r.path(), requestPath)) {
                out.add(r.method().name());
            }
        }
        return out;
    }

    static boolean matches(String template, String path) {
        String[] t = template.split("/", -1);
        String[] p = path.split("/", -1);
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            boolean param = t[i].startsWith("{") && t[i].endsWith("}");
            if (param ? p[i].isEmpty() : !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }
}
