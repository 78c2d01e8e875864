package dev.framewright.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-kept OpenAPI 3.1 document of API.md, bundled as the classpath resource {@value
 * #RESOURCE}. The server serves it (converted to JSON) at {@code GET /v1/openapi.json} and compares
 * {@link #operations()} with its registered routes.
 *
 * <p>Thread-safe; every method reads the resource afresh. Callers close the stream of {@link
 * #open()}.
 */
public final class OpenApiDocument {

    /** Classpath location of the YAML document. */
    public static final String RESOURCE = "/openapi.yaml";

    private static final Pattern PATH_LINE = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD_LINE =
            Pattern.compile("^    (get|put|post|delete|options|head|patch|trace):\\s*$");

    private OpenApiDocument() {}

    /**
     * Opens the YAML document; the caller closes the stream.
     *
     * @throws IllegalStateException if the resource is missing from the classpath (a packaging bug)
     */
    public static InputStream open() {
        InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
        }
        return in;
    }

    /** The YAML document as a UTF-8 string. */
    public static String yaml() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Every documented operation as {@code "METHOD /path"}, e.g. {@code "GET /v1/files/{fileId}"}, in
     * document order. Paths use Javalin-style templates. Read from the document's fixed indentation
     * (paths at two spaces, methods at four), which the contract tests check against a full parse.
     */
    public static Set<String> operations() {
        Set<String> operations = new LinkedHashSet<>();
        String path = null;
        boolean inPaths = false;
        for (String line : yaml().split("\n", -1)) {
            if (!line.startsWith(" ") && !line.isBlank() && !line.startsWith("#")) {
                inPaths = line.startsWith("paths:");
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher p = PATH_LINE.matcher(line);
            if (p.matches()) {
                path = p.group(1);
                continue;
            }
            Matcher m = METHOD_LINE.matcher(line);
            if (m.matches() && path != null) {
                operations.add(m.group(1).toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        return Collections.unmodifiableSet(operations);
    }
}
