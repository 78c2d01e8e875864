package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.OpenApiDocument;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route the server registers is in openapi.yaml, and every operation there is routed. */
class OpenApiDriftTest {
    @TempDir
    Path data;

    @Test
    void routesAndDocumentAgree() throws Exception {
        Set<String> routed = new TreeSet<>();
        try (TestServer s = TestServer.start(data)) {
            s.server.routes().routes().stream()
                    .filter(r -> !r.method().name().equals("HEAD"))
                    .forEach(r -> routed.add(r.method().name() + " " + r.path()));
        }
        Set<String> documented = new TreeSet<>(OpenApiDocument.operations());
        assertThat(routed).as("routes missing from openapi.yaml").isSubsetOf(documented);
        assertThat(documented)
                .as("documented operations the server does not route")
                .isSubsetOf(routed);
    }
}
