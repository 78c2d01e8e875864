package dev.framewright.server.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.ApiException;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileService;
import dev.framewright.engines.connectors.ConnectorHttp;
import dev.framewright.server.ServerVersion;
import dev.framewright.server.api.StoredUploads;
import dev.framewright.server.http.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The MCP tool {@code upload-file}: the bytes come from a URL (fetched through the SSRF guard,
 * connecting only to checked addresses, no redirects) or from base64, bounded by
 * {@code mcp-upload-max-bytes}; then the file is created and stored exactly as {@code POST
 * /v1/files/upload} and the PUT to its upload URL would, and the call waits until it is usable.
 */
final class McpUploads {
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

    private final FileService files;
    private final StoredUploads uploads;
    private final ConnectorHttp http;
    private final Waits waits;
    private final long maxBytes;

    McpUploads(FileService files, StoredUploads uploads, ConnectorHttp http, Waits waits, long maxBytes) {
        this.files = files;
        this.uploads = uploads;
        this.http = http;
        this.waits = waits;
        this.maxBytes = maxBytes;
    }

    FileRecord upload(Principal caller, ObjectNode args) throws IOException, InterruptedException {
        String url = Args.text(args, "url", false);
        String base64 = Args.text(args, "base64", false);
        if ((url == null) == (base64 == null)) {
            throw ApiException.invalid("give exactly one of url or base64");
        }
        int wait = Args.integer(args, "waitSeconds", 0, 120, 30);
        String name = Args.text(args, "displayName", false);
        byte[] bytes = url != null ? fetch(url) : decode(base64);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("displayName", name != null ? name : url != null ? nameOf(url) : "upload");
        body.set("type", args.get("type"));
        body.set("isTemporary", args.get("isTemporary"));
        FileRecord f = files.createUpload(caller, body);
        uploads.store(f.id(), new ByteArrayInputStream(bytes));
        return wait == 0 ? files.get(caller, f.id()) : waits.upload(caller, f.id(), Duration.ofSeconds(wait));
    }

    private byte[] fetch(String url) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("url is not a valid URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw ApiException.invalid("url must be an absolute http or https URL");
        }
        ConnectorHttp.Response r;
        try {
            r = http.send(
                    new ConnectorHttp.Request(
                            "GET",
                            uri,
                            Map.of("User-Agent", "Framewright/" + ServerVersion.get()),
                            null,
                            FETCH_TIMEOUT),
                    () -> false);
        } catch (ConnectorHttp.DestinationRefused e) {
            throw ApiException.invalid("url: " + e.getMessage());
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("larger than")) {
                throw tooLarge();
            }
            throw ApiException.invalid("url could not be fetched: " + e.getMessage());
        }
        if (r.status() >= 300 && r.status() < 400) {
            throw ApiException.invalid(
                    "url answered a redirect (HTTP " + r.status() + "), which is not followed; give the final URL");
        }
        if (!r.ok()) {
            throw ApiException.invalid("url answered HTTP " + r.status());
        }
        return r.body();
    }

    private byte[] decode(String base64) {
        String data = (base64.startsWith("data:") && base64.contains(",")
                        ? base64.substring(base64.indexOf(',') + 1)
                        : base64)
                .replaceAll("\\s+", "");
        if (data.length() > (maxBytes + 2) / 3 * 4) {
            throw tooLarge();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("base64 is not valid base64");
        }
        if (bytes.length == 0) {
            throw ApiException.invalid("base64 holds no bytes");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    private ApiException tooLarge() {
        return new ApiException(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "The file exceeds the MCP upload maximum of " + maxBytes
                        + " bytes; use POST /v1/files/upload for larger files");
    }

    private static String nameOf(String url) {
        String path = URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "upload" : last.length() > 255 ? last.substring(0, 255) : last;
    }
}
