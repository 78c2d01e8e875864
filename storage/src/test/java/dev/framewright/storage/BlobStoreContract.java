package dev.framewright.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.core.files.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The behaviour every {@link BlobStore} backend shares; each backend's test extends this suite. */
abstract class BlobStoreContract {
    @TempDir
    Path work;

    BlobStore store;

    /** A fresh, empty, checked store. */
    abstract BlobStore newStore() throws IOException;

    @BeforeEach
    void openStore() throws IOException {
        store = newStore();
        store.check();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void putThenOpenReturnsTheBytes() throws IOException {
        store.put("f1/original", file("hello"));

        assertThat(read("f1/original")).isEqualTo("hello");
        assertThat(store.size("f1/original")).contains(5L);
    }

    @Test
    void putReplacesAndKeepsTheSource() throws IOException {
        Path source = file("second");
        store.put("f1/original", file("first"));
        store.put("f1/original", source);

        assertThat(read("f1/original")).isEqualTo("second");
        assertThat(source).exists();
    }

    @Test
    void putOfAnEmptyFileStoresZeroBytes() throws IOException {
        store.put("empty", file(""));

        assertThat(store.size("empty")).contains(0L);
        assertThat(read("empty")).isEmpty();
    }

    @Test
    void missingBlobsHaveNoSizeAndCannotBeOpened() throws IOException {
        assertThat(store.size("nope/x")).isEmpty();
        assertThatThrownBy(() -> store.open("nope/x")).isInstanceOf(IOException.class);
    }

    @Test
    void aFolderOfBlobsIsNotABlob() throws IOException {
        store.put("f1/hls/index.m3u8", file("#EXTM3U"));

        assertThat(store.size("f1/hls")).isEmpty();
        assertThatThrownBy(() -> store.open("f1/hls")).isInstanceOf(IOException.class);
    }

    @Test
    void moveStoresTheBytesAndRemovesTheSource() throws IOException {
        Path source = file("moved");
        store.put("f1/preview.mp4", file("old"));
        store.move("f1/preview.mp4", source);

        assertThat(read("f1/preview.mp4")).isEqualTo("moved");
        assertThat(source).doesNotExist();
    }

    @Test
    void deleteRemovesTheBlobAndEverythingUnderIt() throws IOException {
        store.put("f1", file("a"));
        store.put("f2/original", file("b"));
        store.put("f2/hls/index.m3u8", file("c"));
        store.put("f2/hls/seg_000.ts", file("d"));
        store.put("f22/original", file("e"));

        store.delete("f1");
        store.delete("f2");

        assertThat(store.size("f1")).isEmpty();
        assertThat(store.size("f2/original")).isEmpty();
        assertThat(store.size("f2/hls/seg_000.ts")).isEmpty();
        assertThat(read("f22/original")).isEqualTo("e");
    }

    @Test
    void deleteOfAMissingKeyIsIgnored() throws IOException {
        store.delete("never/was");
        store.delete("never");
    }

    @Test
    void aKeyCanBeWrittenAgainAfterItsFolderWasDeleted() throws IOException {
        store.put("f1/original", file("one"));
        store.delete("f1");
        store.put("f1/original", file("two"));

        assertThat(read("f1/original")).isEqualTo("two");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/abs",
                "../escape",
                "a/../b",
                "a/./b",
                ".",
                "..",
                "a//b",
                "a/",
                "a b",
                "a\\b",
                "ü",
                "a/b~c",
                "a%2Fb",
                "a:b"
            })
    void invalidKeysAreRejected(String key) {
        Path source = work.resolve("never-read");
        assertThatThrownBy(() -> store.put(key, source)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.move(key, source)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.localPath(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullAndOverlongKeysAreRejected() {
        assertThatThrownBy(() -> store.size(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size("a".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size("abcdefgh/".repeat(120) + "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "A-z_0.9", "f1/hls/seg_001.ts", ".hidden", "..x", "x..", "a/b/c/d/e"})
    void validKeysWork(String key) throws IOException {
        store.put(key, file(key));

        assertThat(read(key)).isEqualTo(key);
    }

    @Test
    void concurrentWritersToOneKeyNeverLeaveAPartialBlob() throws Exception {
        int size = 256 * 1024;
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] bytes = new byte[size];
            Arrays.fill(bytes, (byte) ('a' + i));
            sources.add(Files.write(work.resolve("source-" + i), bytes));
        }
        store.put("race/blob", sources.getFirst());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(sources.size() + 1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (Path source : sources) {
                writers.add(pool.submit(() -> writeRepeatedly(source, 20)));
            }
            Future<Integer> reader = pool.submit(() -> readWhile(writing, size));
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
        byte[] last = store.open("race/blob").readAllBytes();
        assertThat(last).hasSize(size);
        assertUniform(last);
    }

    private Void writeRepeatedly(Path source, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            store.put("race/blob", source);
        }
        return null;
    }

    private int readWhile(AtomicBoolean writing, int size) throws IOException {
        int reads = 0;
        while (writing.get() || reads == 0) {
            try (InputStream in = store.open("race/blob")) {
                byte[] bytes = in.readAllBytes();
                assertThat(bytes).hasSize(size);
                assertUniform(bytes);
            }
            reads++;
        }
        return reads;
    }

    private static void assertUniform(byte[] bytes) {
        for (byte b : bytes) {
            if (b != bytes[0]) {
                throw new AssertionError("blob mixes the bytes of two writes");
            }
        }
    }

    Path file(String content) throws IOException {
        return Files.writeString(Files.createTempFile(work, "src", ".bin"), content);
    }

    String read(String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
