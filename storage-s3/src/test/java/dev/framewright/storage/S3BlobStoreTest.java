package dev.framewright.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.files.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob store contract on a real S3 API (S3Proxy), plus presigned URLs and multipart uploads. */
class S3BlobStoreTest extends BlobStoreContract {
    @TempDir
    static Path s3dir;

    static S3Proxy proxy;
    static int bucket;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startProxy() throws Exception {
        proxy = S3Proxies.start(s3dir);
    }

    @AfterAll
    static void stopProxy() throws Exception {
        proxy.stop();
    }

    @Override
    BlobStore newStore() {
        return new S3BlobStore(new S3Config(
                URI.create("http://127.0.0.1:" + proxy.getPort()),
                "bucket" + (++bucket),
                "us-east-1",
                S3Proxies.ACCESS,
                S3Proxies.SECRET,
                true));
    }

    private S3BlobStore s3() {
        return (S3BlobStore) store;
    }

    @Test
    void presignedGetServesTheBytesAndTamperingIsRefused() throws Exception {
        Path f = Files.writeString(work.resolve("p.txt"), "presigned bytes");
        store.put("files/x/download.txt", f);
        URI url = s3().presignGet(
                        "files/x/download.txt", Duration.ofMinutes(5), "text/plain", "attachment; filename=\"p.txt\"");
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("presigned bytes");
        HttpResponse<String> range = http.send(
                HttpRequest.newBuilder(url).header("Range", "bytes=0-8").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo("presigned");
        URI tampered = URI.create(url.toString().replace("download.txt", "other.txt"));
        assertThat(http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void presignedPutUploadsStraightToTheBucket() throws Exception {
        URI url = s3().presignPut("files/y/original", Duration.ofMinutes(5));
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(url)
                        .PUT(HttpRequest.BodyPublishers.ofString("uploaded by a client"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        try (InputStream in = store.open("files/y/original")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("uploaded by a client");
        }
    }

    @Test
    void listsKeysUnderAPrefixAndCopiesInsideTheBucket() throws Exception {
        Path f = Files.writeString(work.resolve("c.txt"), "copied server side");
        store.put("incoming/vg_file_a", f);
        store.put("incoming/vg_file_b", f);
        store.put("files/vg_file_a/original", f);
        assertThat(s3().keysUnder("incoming/", 100)).containsExactly("incoming/vg_file_a", "incoming/vg_file_b");
        assertThat(s3().keysUnder("incoming/", 1)).containsExactly("incoming/vg_file_a");
        s3().copy("incoming/vg_file_b", "files/vg_file_b/original");
        try (InputStream in = store.open("files/vg_file_b/original")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("copied server side");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s3().copy("incoming/none", "files/x/original"))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void largeFilesGoUpInPartsAndStreamBack() throws IOException {
        Path big = work.resolve("big.bin");
        byte[] chunk = new byte[1 << 20];
        new Random(7).nextBytes(chunk);
        try (var out = Files.newOutputStream(big)) {
            for (int i = 0; i < 70; i++) {
                out.write(chunk);
            }
        }
        store.put("files/z/download.bin", big);
        assertThat(store.size("files/z/download.bin")).contains(70L << 20);
        try (InputStream in = store.open("files/z/download.bin")) {
            byte[] first = in.readNBytes(chunk.length);
            assertThat(first).isEqualTo(chunk);
            assertThat(in.skip(Long.MAX_VALUE) + first.length).isEqualTo(70L << 20);
        }
    }
}
