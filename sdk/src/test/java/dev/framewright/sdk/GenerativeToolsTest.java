package dev.framewright.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.AspectRatio;
import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.FileType;
import dev.framewright.contract.GenerateImageRequest;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.VectorizeImageRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's helpers with the server's generative engines on: a generated image and an SVG tracing. */
class GenerativeToolsTest {
    @TempDir
    static Path data;

    @TempDir
    static Path work;

    static TestServer server;
    static VideoGenClient client;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(data);
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void generateImageAndWait() throws IOException {
        ExecutedTool done = client.tools()
                .generateImageAndWait(new GenerateImageRequest(
                        "a red lighthouse at dusk", null, new AspectRatio(1, 1), null, null, null));
        StorageFile image = done.results().get(0).file();
        assertThat(image.type()).isEqualTo(FileType.IMAGE);
        assertThat(image.sourceToolType()).isEqualTo(ToolType.GENERATE_IMAGE);
        Path saved = client.files().downloadFile(image, work.resolve("lighthouse.png"));
        int[] size = Media.size(saved);
        assertThat(size[0]).isEqualTo(size[1]);
    }

    @Test
    void vectorizeImageAndWait() throws IOException {
        StorageFile png = client.files().uploadFile(Media.png(work, "shape.png", 64, 64));
        ExecutedTool done =
                client.tools().vectorizeImageAndWait(new VectorizeImageRequest(png.fileId(), null, null, null));
        Path svg = client.files().downloadFile(done.results().get(0).fileId(), work);
        assertThat(svg.getFileName().toString()).endsWith(".svg");
        assertThat(Files.readString(svg, StandardCharsets.UTF_8))
                .contains("<svg")
                .contains("<path");
    }
}
