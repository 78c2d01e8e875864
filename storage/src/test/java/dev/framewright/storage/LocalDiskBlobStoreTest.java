package dev.framewright.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.core.files.BlobStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LocalDiskBlobStoreTest extends BlobStoreContract {
    private Path root;

    @Override
    BlobStore newStore() {
        root = work.resolve("blobs");
        return new LocalDiskBlobStore(root);
    }

    @Test
    void constructorDoesNoIoAndCheckCreatesTheFolder() throws IOException {
        Path elsewhere = work.resolve("later/blobs");
        LocalDiskBlobStore later = new LocalDiskBlobStore(elsewhere);
        assertThat(elsewhere).doesNotExist();

        later.check();

        assertThat(elsewhere).isDirectory().isEmptyDirectory();
    }

    @Test
    void checkFailsWhenTheRootIsNotAFolder() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("plain-file"), "x");

        assertThatThrownBy(() -> new LocalDiskBlobStore(notAFolder).check()).isInstanceOf(IOException.class);
    }

    @Test
    void blobsAreFilesUnderTheRoot() throws IOException {
        store.put("f1/thumbnail.jpg", file("jpeg"));

        assertThat(store.localPath("f1/thumbnail.jpg")).contains(root.resolve("f1/thumbnail.jpg"));
        assertThat(root.resolve("f1/thumbnail.jpg")).hasContent("jpeg");
        assertThat(store.localPath("f1/missing.jpg")).isEmpty();
        assertThat(store.localPath("f1")).isEmpty();
    }

    @Test
    void moveOnTheSameDiskRenamesTheFile() throws IOException {
        Path source = file("renamed");
        Object inode = Files.readAttributes(source, "unix:ino").get("ino");

        store.move("f1/original", source);

        assertThat(Files.readAttributes(root.resolve("f1/original"), "unix:ino"))
                .containsEntry("ino", inode);
    }

    @Test
    void moveAndPutRequireARegularFile() {
        assertThatThrownBy(() -> store.move("x", work)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.put("x", work.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
        assertThat(store.localPath("x")).isEmpty();
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws IOException {
        store.put("f1/a", file("1"));
        store.put("f1/a", file("2"));
        store.move("f1/b", file("3"));

        try (Stream<Path> files = Files.list(root.resolve("f1"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a", "b");
        }
    }

    @Test
    void errorsNameTheKeyNotTheDiskPath() {
        assertThatThrownBy(() -> store.open("f9/original"))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage("f9/original");
    }
}
