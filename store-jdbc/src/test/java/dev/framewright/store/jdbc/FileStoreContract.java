package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.aFile;
import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.FileType;
import dev.framewright.core.Cursor;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.auth.Team;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.core.files.UploadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link FileStore} contract: scoping, round trips, the upload states and keyset lists. */
interface FileStoreContract extends StoreUnderTest {
    String EXPIRED_MESSAGE = "The upload URL expired before any bytes arrived";

    default FileRecord storedFile(FileRecord f) {
        files().insert(f);
        return f;
    }

    @Test
    default void findIsScopedToTheTeamAndFindByIdIsNot() {
        Team mine = storedTeam();
        Team theirs = storedTeam();
        FileRecord file = storedFile(aFile(mine).build());

        assertThat(files().find(mine.id(), file.id())).contains(file);
        assertThat(files().find(theirs.id(), file.id())).isEmpty();
        assertThat(files().find(mine.id(), "vg_file_9999999999999999999999")).isEmpty();
        assertThat(files().findById(file.id())).contains(file);
        assertThat(files().findById("vg_file_9999999999999999999999")).isEmpty();
    }

    @Test
    default void everyFieldRoundTripsThroughInsert() {
        Team team = storedTeam();
        FileRecord full = storedFile(aFile(team).complete().build());
        FileRecord minimal = storedFile(aFile(team).build());

        assertThat(files().findById(full.id())).contains(full);
        assertThat(files().findById(minimal.id())).contains(minimal);
        assertThat(files().findById(minimal.id()).orElseThrow().renditions())
                .containsOnlyKeys(RenditionKind.values())
                .allSatisfy((kind, r) -> assertThat(r).isEqualTo(Rendition.PENDING));
    }

    @Test
    default void targetedWritesChangeOnlyTheirFields() {
        Team team = storedTeam();
        FileRecord f = storedFile(aFile(team).build());

        files().setContent(f.id(), FileType.IMAGE, "image/png", 40, 30, null, at(40));
        Rendition thumb = Rendition.ready("files/x/thumbnail.jpg", "image/jpeg", 20, 15, 999);
        files().setRendition(f.id(), RenditionKind.THUMBNAIL, thumb, at(41));
        assertThat(files().archive(team.id(), f.id(), at(42))).isTrue();
        files().setUploadState(f.id(), UploadState.READY, null, at(43));

        FileRecord got = files().findById(f.id()).orElseThrow();
        assertThat(got.type()).isEqualTo(FileType.IMAGE);
        assertThat(got.contentType()).isEqualTo("image/png");
        assertThat(got.width()).isEqualTo(40);
        assertThat(got.height()).isEqualTo(30);
        assertThat(got.rendition(RenditionKind.THUMBNAIL)).isEqualTo(thumb);
        assertThat(got.rendition(RenditionKind.PREVIEW)).isEqualTo(Rendition.PENDING);
        assertThat(got.archivedAt()).isEqualTo(at(42));
        assertThat(got.uploadState()).isEqualTo(UploadState.READY);
        assertThat(got.updatedAt()).isEqualTo(at(43));
        assertThat(got.displayName()).isEqualTo(f.displayName());
    }

    @Test
    default void archiveIsIdempotentAndTeamScoped() {
        Team mine = storedTeam();
        Team theirs = storedTeam();
        FileRecord f = storedFile(aFile(mine).build());

        assertThat(files().archive(theirs.id(), f.id(), at(50))).isFalse();
        assertThat(files().findById(f.id()).orElseThrow().archivedAt()).isNull();
        assertThat(files().archive(mine.id(), f.id(), at(51))).isTrue();
        assertThat(files().archive(mine.id(), f.id(), at(52))).isTrue();
        assertThat(files().findById(f.id()).orElseThrow().archivedAt()).isEqualTo(at(51));
    }

    @Test
    default void aFailedUploadFailsEveryRendition() {
        Team team = storedTeam();
        FileRecord f = storedFile(aFile(team).build());

        files().setUploadState(f.id(), UploadState.FAILED, "bad bytes", at(60));

        FileRecord got = files().findById(f.id()).orElseThrow();
        assertThat(got.uploadState()).isEqualTo(UploadState.FAILED);
        assertThat(got.errorMessage()).isEqualTo("bad bytes");
        assertThat(got.renditions())
                .allSatisfy((kind, r) -> assertThat(r.status()).isEqualTo(FileSourceStatus.FAILED));
    }

    @Test
    default void concurrentRenditionWritesAndArchiveAllSurvive() throws Exception {
        Team team = storedTeam();
        FileRecord f = storedFile(aFile(team).build());
        List<Thread> threads = new ArrayList<>();
        for (RenditionKind kind : RenditionKind.values()) {
            threads.add(Thread.ofPlatform().start(() -> files().setRendition(
                            f.id(), kind, Rendition.ready("files/x/" + kind.urlName(), "image/png", 1, 1, 1), at(70))));
        }
        threads.add(Thread.ofPlatform().start(() -> files().archive(team.id(), f.id(), at(71))));
        for (Thread t : threads) {
            t.join();
        }
        FileRecord got = files().findById(f.id()).orElseThrow();
        assertThat(got.archivedAt()).isEqualTo(at(71));
        assertThat(got.renditions())
                .allSatisfy((kind, r) -> assertThat(r.isReady()).isTrue());
    }

    @Test
    default void consumeUploadSucceedsOnceAndRecordsTheContent() {
        Team team = storedTeam();
        FileRecord upload = storedFile(aFile(team).awaitingBytes(at(900)).build());

        assertThat(files().consumeUpload(upload.id(), "cd".repeat(32), 1234, "blobs/a", at(10)))
                .isTrue();
        assertThat(files().consumeUpload(upload.id(), "ef".repeat(32), 99, "blobs/b", at(11)))
                .isFalse();

        FileRecord consumed = files().findById(upload.id()).orElseThrow();
        assertThat(consumed.uploadState()).isEqualTo(UploadState.PROCESSING);
        assertThat(consumed.sha256()).isEqualTo("cd".repeat(32));
        assertThat(consumed.bytes()).isEqualTo(1234L);
        assertThat(consumed.updatedAt()).isEqualTo(at(10));
        assertThat(consumed.rendition(RenditionKind.DOWNLOAD))
                .isEqualTo(new Rendition(FileSourceStatus.PENDING, "blobs/a", null, null, null, 1234L));
        assertThat(consumed.rendition(RenditionKind.HLS)).isEqualTo(Rendition.PENDING);
        assertThat(files().listProcessing()).containsExactly(consumed);
    }

    @Test
    default void consumeUploadRefusesFilesThatAreNotAwaitingBytes() {
        Team team = storedTeam();
        FileRecord ready = storedFile(aFile(team).build());

        assertThat(files().consumeUpload(ready.id(), "cd".repeat(32), 1, "k", at(1)))
                .isFalse();
        assertThat(files().consumeUpload("vg_file_9999999999999999999999", "cd".repeat(32), 1, "k", at(1)))
                .isFalse();
        assertThat(files().findById(ready.id())).contains(ready);
    }

    @Test
    default void listProcessingReturnsOnlyProcessingFilesOfAllTeams() {
        FileRecord a = storedFile(
                aFile(storedTeam()).uploadState(UploadState.PROCESSING).build());
        FileRecord b = storedFile(
                aFile(storedTeam()).uploadState(UploadState.PROCESSING).build());
        storedFile(aFile(storedTeam()).awaitingBytes(at(60)).build());
        storedFile(aFile(storedTeam()).build());

        assertThat(files().listProcessing()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    default void listIsNewestUpdateFirstTiesByIdDescendingWithoutArchivedOrForeignFiles() {
        Team team = storedTeam();
        FileRecord old = storedFile(aFile(team).updatedAt(at(1)).build());
        FileRecord tieLow = storedFile(aFile(team).updatedAt(at(5)).build());
        FileRecord tieHigh = storedFile(aFile(team).updatedAt(at(5)).build());
        FileRecord newest = storedFile(aFile(team).updatedAt(at(9)).build());
        storedFile(aFile(team).updatedAt(at(20)).archivedAt(at(20)).build());
        storedFile(aFile(storedTeam()).updatedAt(at(30)).build());

        assertThat(files().list(team.id(), null, 100)).containsExactly(newest, tieHigh, tieLow, old);
        assertThat(files().list(team.id(), null, 2)).containsExactly(newest, tieHigh);
        Cursor afterTieHigh = new Cursor("files", "", at(5).toEpochMilli(), tieHigh.id());
        assertThat(files().list(team.id(), afterTieHigh, 100)).containsExactly(tieLow, old);
    }

    @Test
    default void keysetPagesNeitherRepeatNorSkip() {
        Team team = storedTeam();
        List<FileRecord> expected = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            // four distinct times, so most pages break inside a run of equal updatedAt
            expected.add(0, storedFile(aFile(team).updatedAt(at(i / 3)).build()));
        }

        List<FileRecord> walked = new ArrayList<>();
        Cursor after = null;
        int pages = 0;
        do {
            Paging paging = new Paging(4, after, "files", "");
            Page<FileRecord> page = paging.page(
                    files().list(team.id(), after, 5), f -> f.updatedAt().toEpochMilli(), FileRecord::id);
            walked.addAll(page.items());
            after = page.hasMore() ? Cursor.decode(page.nextCursor(), "files", "") : null;
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    default void expireUploadsFailsOnlyExpiredUploadsStillAwaitingBytes() {
        Team team = storedTeam();
        FileRecord expired = storedFile(aFile(team).awaitingBytes(at(10)).build());
        FileRecord expiredElsewhere =
                storedFile(aFile(storedTeam()).awaitingBytes(at(20)).build());
        FileRecord stillValid = storedFile(aFile(team).awaitingBytes(at(100)).build());
        FileRecord consumed = storedFile(aFile(team).awaitingBytes(at(10)).build());
        files().consumeUpload(consumed.id(), "ab".repeat(32), 5, "k", at(5));
        FileRecord ready = storedFile(aFile(team).build());

        assertThat(files().expireUploads(at(50))).containsExactlyInAnyOrder(expired.id(), expiredElsewhere.id());
        assertThat(files().expireUploads(at(50))).isEmpty();

        assertThat(files().findById(expired.id())).contains(expectedExpired(expired));
        assertThat(files().findById(stillValid.id())).contains(stillValid);
        assertThat(files().findById(ready.id())).contains(ready);
        assertThat(files().findById(consumed.id()).orElseThrow().uploadState()).isEqualTo(UploadState.PROCESSING);
    }

    private static FileRecord expectedExpired(FileRecord f) {
        return f.withAllRenditions(Rendition.FAILED, at(50))
                .withUploadState(UploadState.FAILED, EXPIRED_MESSAGE, at(50));
    }

    @Test
    default void findByPlaybackIdFindsAnyTeamsPublicFile() {
        FileRecord published = storedFile(aFile(storedTeam())
                .publicPlaybackId("vg_play_AbCdEfGhIjKlMnOpQrStU-")
                .build());
        storedFile(aFile(storedTeam()).build());

        assertThat(files().findByPlaybackId("vg_play_AbCdEfGhIjKlMnOpQrStU-")).contains(published);
        assertThat(files().findByPlaybackId("vg_play_abcdefghijklmnopqrstu-")).isEmpty();
    }

    @Test
    default void aPlaybackIdIsSetOnlyWhereNoneIsAndClearedIdempotently() {
        Team mine = storedTeam();
        Team theirs = storedTeam();
        FileRecord f = storedFile(aFile(mine).build());
        String first = "vg_play_AAAAAAAAAAAAAAAAAAAAAA";
        String second = "vg_play_BBBBBBBBBBBBBBBBBBBBBB";

        assertThat(files().setPublicPlaybackId(theirs.id(), f.id(), first, at(80)))
                .isFalse();
        assertThat(files().setPublicPlaybackId(mine.id(), f.id(), first, at(81)))
                .isTrue();
        assertThat(files().setPublicPlaybackId(mine.id(), f.id(), second, at(82)))
                .isFalse();
        FileRecord enabled = files().findById(f.id()).orElseThrow();
        assertThat(enabled.publicPlaybackId()).isEqualTo(first);
        assertThat(enabled.updatedAt()).isEqualTo(at(81));
        assertThat(files().findByPlaybackId(first)).contains(enabled);

        assertThat(files().setPublicPlaybackId(theirs.id(), f.id(), null, at(83)))
                .isFalse();
        assertThat(files().setPublicPlaybackId(mine.id(), f.id(), null, at(84))).isTrue();
        assertThat(files().setPublicPlaybackId(mine.id(), f.id(), null, at(85))).isFalse();
        FileRecord disabled = files().findById(f.id()).orElseThrow();
        assertThat(disabled.publicPlaybackId()).isNull();
        assertThat(disabled.updatedAt()).isEqualTo(at(84));
        assertThat(files().findByPlaybackId(first)).isEmpty();

        assertThat(files().setPublicPlaybackId(mine.id(), f.id(), second, at(86)))
                .isTrue();
        assertThat(files().findByPlaybackId(second).orElseThrow().id()).isEqualTo(f.id());
    }

    @Test
    default void aPlaybackIdIsNeverSetOnAnArchivedFileButAnArchiveKeepsIt() {
        Team team = storedTeam();
        FileRecord archived = storedFile(aFile(team).archivedAt(at(1)).build());
        FileRecord published = storedFile(aFile(team).build());

        assertThat(files().setPublicPlaybackId(team.id(), archived.id(), "vg_play_CCCCCCCCCCCCCCCCCCCCCC", at(2)))
                .isFalse();
        assertThat(files().findById(archived.id())).contains(archived);
        files().setPublicPlaybackId(team.id(), published.id(), "vg_play_DDDDDDDDDDDDDDDDDDDDDD", at(3));
        files().archive(team.id(), published.id(), at(4));
        assertThat(files().findById(published.id()).orElseThrow().publicPlaybackId())
                .isEqualTo("vg_play_DDDDDDDDDDDDDDDDDDDDDD");
    }

    @Test
    default void concurrentEnablesAgreeOnOnePlaybackId() throws Exception {
        Team team = storedTeam();
        FileRecord f = storedFile(aFile(team).build());
        List<Thread> threads = new ArrayList<>();
        List<Boolean> won = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            String id = "vg_play_" + String.valueOf((char) ('A' + i)).repeat(22);
            threads.add(Thread.ofPlatform()
                    .start(() -> won.add(files().setPublicPlaybackId(team.id(), f.id(), id, at(90)))));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(won).containsOnlyOnce(true);
        assertThat(files().findById(f.id()).orElseThrow().publicPlaybackId()).startsWith("vg_play_");
    }

    @Test
    default void temporaryFilesCreatedBeforeTheCutoffAreArchived() {
        Team team = storedTeam();
        FileRecord old = storedFile(
                aFile(team).scope(FileScope.TEMPORARY).createdAt(at(10)).build());
        FileRecord oldElsewhere = storedFile(
                aFile(storedTeam()).scope(FileScope.TEMPORARY).createdAt(at(11)).build());
        FileRecord young = storedFile(
                aFile(team).scope(FileScope.TEMPORARY).createdAt(at(100)).build());
        FileRecord global = storedFile(aFile(team).createdAt(at(10)).build());
        FileRecord alreadyArchived = storedFile(aFile(team)
                .scope(FileScope.TEMPORARY)
                .createdAt(at(10))
                .archivedAt(at(20))
                .build());

        assertThat(files().archiveTemporaryCreatedBefore(at(100), at(200))).isEqualTo(2);
        assertThat(files().archiveTemporaryCreatedBefore(at(100), at(201))).isZero();

        for (FileRecord f : List.of(old, oldElsewhere)) {
            FileRecord got = files().findById(f.id()).orElseThrow();
            assertThat(got.archivedAt()).isEqualTo(at(200));
            assertThat(got.updatedAt()).isEqualTo(at(200));
        }
        assertThat(files().findById(young.id())).contains(young);
        assertThat(files().findById(global.id())).contains(global);
        assertThat(files().findById(alreadyArchived.id())).contains(alreadyArchived);
    }
}
