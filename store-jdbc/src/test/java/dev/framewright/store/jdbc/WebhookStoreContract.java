package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.aFile;
import static dev.framewright.store.jdbc.Fixtures.anExecution;
import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.DeliveryAttemptError;
import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.WebhookEndpointStatus;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.auth.Team;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.core.files.UploadState;
import dev.framewright.core.webhooks.AttemptRecord;
import dev.framewright.core.webhooks.Delivery;
import dev.framewright.core.webhooks.DeliveryLog;
import dev.framewright.core.webhooks.DeliveryQueue;
import dev.framewright.core.webhooks.OutboxEvent;
import dev.framewright.core.webhooks.Settlement;
import dev.framewright.core.webhooks.WebhookEndpointRecord;
import dev.framewright.core.webhooks.WebhookEndpointStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The webhook stores: the transactional outbox (messages written with the state change that causes
 * them, only for subscribed active endpoints of the team), claims with leases and per-subject order,
 * fenced settling, the delivery log, replay, disabling, deletion, rotation and retention.
 */
interface WebhookStoreContract extends StoreUnderTest {
    Duration LEASE = Duration.ofSeconds(60);

    default WebhookEndpointStore endpoints() {
        return storage().webhookEndpoints();
    }

    default DeliveryQueue queue() {
        return storage().deliveryQueue();
    }

    default DeliveryLog log() {
        return storage().deliveryLog();
    }

    /** An active endpoint of the team, subscribed to {@code events} (none given: all nine). */
    default WebhookEndpointRecord endpoint(Team team, WebhookEventName... events) {
        WebhookEventName[] subscribed = events.length == 0 ? WebhookEventName.values() : events;
        WebhookEndpointRecord e =
                new EndpointBuilder(team.id()).events(subscribed).build();
        endpoints().insert(e);
        return e;
    }

    default AttemptRecord ok(Instant at) {
        return new AttemptRecord(at, 200, 12, null);
    }

    default AttemptRecord refused(Instant at) {
        return new AttemptRecord(at, null, 3, DeliveryAttemptError.CONNECTION_REFUSED);
    }

    @Test
    default void endpointsRoundTripListNewestFirstAndAreScopedToTheirTeam() {
        Team mine = storedTeam();
        Team theirs = storedTeam();
        WebhookEndpointRecord old =
                new EndpointBuilder(mine.id()).createdAt(at(1)).build();
        WebhookEndpointRecord young = new EndpointBuilder(mine.id())
                .events(WebhookEventName.FILE_UPLOAD_FAILED, WebhookEventName.TOOL_EXECUTION_FAILED)
                .createdAt(at(2))
                .build();
        endpoints().insert(old);
        endpoints().insert(young);
        endpoint(theirs, WebhookEventName.TOOL_EXECUTION_SUCCEEDED);

        assertThat(endpoints().find(mine.id(), young.id())).contains(young);
        assertThat(endpoints().find(theirs.id(), young.id())).isEmpty();
        assertThat(endpoints().findById(young.id())).contains(young);
        assertThat(endpoints().list(mine.id(), null, 10)).containsExactly(young, old);
    }

    @Test
    default void aTerminalExecutionWritesOneMessagePerSubscribedActiveEndpointOfItsTeam() {
        Team team = storedTeam();
        WebhookEndpointRecord subscribed = endpoint(team, WebhookEventName.TOOL_EXECUTION_SUCCEEDED);
        endpoint(team, WebhookEventName.TOOL_EXECUTION_FAILED);
        endpoints().insert(new EndpointBuilder(team.id()).disabled().build());
        endpoint(storedTeam(), WebhookEventName.TOOL_EXECUTION_SUCCEEDED);
        ExecutionRecord run = running(team, "w1", at(0));

        assertThat(executions().succeed(run.id(), "w2", 1, List.of(), at(20))).isFalse();
        assertThat(queue().claim("d1", at(30), LEASE, 10)).isEmpty();
        assertThat(executions().succeed(run.id(), "w1", 1, List.of(), at(20))).isTrue();

        List<Delivery> claimed = queue().claim("d1", at(30), LEASE, 10);
        assertThat(claimed).hasSize(1);
        Delivery d = claimed.get(0);
        assertThat(d.endpointId()).isEqualTo(subscribed.id());
        assertThat(d.event()).isEqualTo(WebhookEventName.TOOL_EXECUTION_SUCCEEDED);
        assertThat(d.subjectId()).isEqualTo(run.id());
        assertThat(d.teamId()).isEqualTo(team.id());
        assertThat(d.occurredAt()).isEqualTo(at(20));
        assertThat(IdPrefix.DELIVERY.matches(d.id())).isTrue();
        assertThat(IdPrefix.MESSAGE.matches(d.webhookId())).isTrue();
        assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.attempts()).isZero();
        assertThat(d.body()).isNull();
        assertThat(d.leaseOwner()).isEqualTo("d1");
    }

    @Test
    default void failCancelAndReaperWriteTheirEvents() {
        Team team = storedTeam();
        endpoint(team);
        ExecutionRecord failing = running(team, "w1", at(0));
        executions().fail(failing.id(), "w1", 1, ErrorCode.ENGINE_FAILED, "boom", at(5));
        ExecutionRecord pending = stored(anExecution(team).createdAt(at(1)).build());
        executions().requestCancel(team.id(), pending.id(), at(6));
        ExecutionRecord lost = running(team, "w9", at(2));
        executions().reapExpired(at(2).plus(Fixtures.LEASE).plusSeconds(1), 1);

        assertThat(queue().claim("d1", at(100), LEASE, 10))
                .extracting(d -> d.subjectId() + " " + d.event().wire())
                .containsExactlyInAnyOrder(
                        failing.id() + " tool_execution.failed",
                        pending.id() + " tool_execution.cancelled",
                        lost.id() + " tool_execution.failed");
    }

    @Test
    default void fileEventsAreWrittenOnceAndOnlyForApiUploads() {
        Team team = storedTeam();
        endpoint(team);
        FileRecord upload = aFile(team).uploadState(UploadState.PROCESSING).build();
        FileRecord output =
                aFile(team).sourceExecution(Fixtures.nextId(IdPrefix.EXECUTION)).build();
        files().insert(upload);
        files().insert(output);
        OutboxEvent completed = OutboxEvent.of(WebhookEventName.FILE_UPLOAD_COMPLETED);

        files().setContent(upload.id(), FileType.IMAGE, "image/png", 2, 2, null, at(1), completed);
        files().setContent(upload.id(), FileType.IMAGE, "image/png", 2, 2, null, at(2), completed);
        files().setRendition(
                        upload.id(),
                        RenditionKind.DOWNLOAD,
                        Rendition.ready("k", "image/png", 2, 2, 9),
                        at(3),
                        OutboxEvent.of(WebhookEventName.FILE_DOWNLOAD_READY));
        files().setRendition(
                        output.id(),
                        RenditionKind.DOWNLOAD,
                        Rendition.ready("k", "image/png", 2, 2, 9),
                        at(3),
                        OutboxEvent.of(WebhookEventName.FILE_DOWNLOAD_READY));
        files().setRendition(upload.id(), RenditionKind.PREVIEW, Rendition.FAILED, at(4));

        List<Delivery> first = queue().claim("d1", at(10), LEASE, 10);
        assertThat(first).extracting(Delivery::event).containsExactly(WebhookEventName.FILE_UPLOAD_COMPLETED);
        assertThat(first.get(0).occurredAt()).isEqualTo(at(1));
        queue().settle(first.get(0).id(), "d1", ok(at(10)), succeeded(1));
        assertThat(queue().claim("d1", at(11), LEASE, 10))
                .extracting(Delivery::event)
                .containsExactly(WebhookEventName.FILE_DOWNLOAD_READY);
    }

    @Test
    default void failedUploadsCarryTheirErrorAndExpiredUrlsFailWithUrlExpired() {
        Team team = storedTeam();
        endpoint(team, WebhookEventName.FILE_UPLOAD_FAILED);
        FileRecord bad = aFile(team).uploadState(UploadState.PROCESSING).build();
        FileRecord late = aFile(team).awaitingBytes(at(5)).build();
        files().insert(bad);
        files().insert(late);

        files().setUploadState(
                        bad.id(),
                        UploadState.FAILED,
                        "not media",
                        at(1),
                        OutboxEvent.failed(
                                WebhookEventName.FILE_UPLOAD_FAILED, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "not media"));
        assertThat(files().expireUploads(at(6))).containsExactly(late.id());

        assertThat(queue().claim("d1", at(10), LEASE, 10))
                .extracting(d -> d.subjectId() + " " + d.errorCode() + " " + d.errorMessage())
                .containsExactlyInAnyOrder(
                        bad.id() + " unsupported_media_type not media",
                        late.id() + " url_expired " + FileStoreContract.EXPIRED_MESSAGE);
    }

    default Settlement succeeded(int attempts) {
        return new Settlement(DeliveryStatus.SUCCEEDED, attempts, null, false);
    }

    default Delivery oneMessage(Team team, WebhookEndpointRecord e, Instant at) {
        FileRecord f = aFile(team).uploadState(UploadState.PROCESSING).build();
        files().insert(f);
        files().setUploadState(
                        f.id(),
                        UploadState.FAILED,
                        "x",
                        at,
                        OutboxEvent.failed(WebhookEventName.FILE_UPLOAD_FAILED, ErrorCode.INTERNAL_ERROR, "x"));
        return log().list(e.id(), null, null, 100).stream()
                .map(l -> l.delivery())
                .filter(d -> d.subjectId().equals(f.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    default void aClaimLeasesTheMessageAndOnlyTheOwnerSettlesIt() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        Delivery m = oneMessage(team, e, at(0));

        assertThat(queue().claim("d1", at(1), LEASE, 10))
                .extracting(Delivery::id)
                .containsExactly(m.id());
        assertThat(queue().claim("d2", at(2), LEASE, 10)).isEmpty();
        // the first dispatcher died: its lease expires and another claims the message
        assertThat(queue().claim("d2", at(1).plus(LEASE).plusSeconds(1), LEASE, 10))
                .extracting(Delivery::id)
                .containsExactly(m.id());
        assertThat(queue().settle(m.id(), "d1", ok(at(70)), succeeded(1))).isFalse();
        assertThat(queue().settle(m.id(), "d2", ok(at(70)), succeeded(1))).isTrue();

        Delivery settled = log().find(e.id(), m.id()).orElseThrow().delivery();
        assertThat(settled.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(settled.leaseOwner()).isNull();
        assertThat(log().find(e.id(), m.id()).orElseThrow().attempts()).containsExactly(ok(at(70)));
        assertThat(queue().claim("d3", at(500), LEASE, 10)).isEmpty();
    }

    @Test
    default void aRetryIsClaimedOnlyWhenDueAndAttemptsAreLoggedInOrder() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        Delivery m = oneMessage(team, e, at(0));
        queue().claim("d1", at(1), LEASE, 10);

        queue().settle(m.id(), "d1", refused(at(1)), new Settlement(DeliveryStatus.PENDING, 1, at(6), false));

        assertThat(queue().nextDueAfter(at(1))).contains(at(6));
        assertThat(queue().claim("d1", at(5), LEASE, 10)).isEmpty();
        Delivery again = queue().claim("d1", at(6), LEASE, 10).get(0);
        assertThat(again.attempts()).isEqualTo(1);
        queue().settle(m.id(), "d1", ok(at(6)), succeeded(2));
        assertThat(log().find(e.id(), m.id()).orElseThrow().attempts()).containsExactly(refused(at(1)), ok(at(6)));
        assertThat(queue().nextDueAfter(at(6))).isEmpty();
    }

    @Test
    default void aLaterMessageAboutTheSameSubjectWaitsForTheEarlierOne() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        endpoint(team);
        FileRecord f = aFile(team).uploadState(UploadState.PROCESSING).build();
        files().insert(f);
        files().setContent(
                        f.id(),
                        FileType.IMAGE,
                        "image/png",
                        1,
                        1,
                        null,
                        at(0),
                        OutboxEvent.of(WebhookEventName.FILE_UPLOAD_COMPLETED));
        files().setRendition(
                        f.id(),
                        RenditionKind.DOWNLOAD,
                        Rendition.ready("k", "image/png", 1, 1, 1),
                        at(0),
                        OutboxEvent.of(WebhookEventName.FILE_DOWNLOAD_READY));

        List<Delivery> firsts = queue().claim("d1", at(1), LEASE, 10);
        assertThat(firsts).hasSize(2).allSatisfy(d -> assertThat(d.event())
                .isEqualTo(WebhookEventName.FILE_UPLOAD_COMPLETED));
        Delivery mine = firsts.stream()
                .filter(d -> d.endpointId().equals(e.id()))
                .findFirst()
                .orElseThrow();
        queue().settle(mine.id(), "d1", refused(at(1)), new Settlement(DeliveryStatus.PENDING, 1, at(3), false));
        assertThat(queue().claim("d2", at(2), LEASE, 10)).isEmpty();

        queue().claim("d2", at(3), LEASE, 10);
        queue().settle(mine.id(), "d2", ok(at(3)), succeeded(2));
        assertThat(queue().claim("d3", at(4), LEASE, 10))
                .extracting(d -> d.endpointId() + " " + d.event().wire())
                .containsExactly(e.id() + " file.download_ready");
    }

    @Test
    default void theFirstStoredBodyWins() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        Delivery m = oneMessage(team, e, at(0));

        assertThat(queue().bodyOnce(m.id(), "{\"a\":1}")).contains("{\"a\":1}");
        assertThat(queue().bodyOnce(m.id(), "{\"a\":2}")).contains("{\"a\":1}");
        assertThat(queue().bodyOnce("vg_dlv_0000000000000000000000", "{}")).isEmpty();
        assertThat(queue().claim("d1", at(1), LEASE, 1).get(0).body()).isEqualTo("{\"a\":1}");
    }

    @Test
    default void aReplayIsAnImmediateExtraAttemptThatKeepsTheSchedule() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        Delivery m = oneMessage(team, e, at(0));
        queue().claim("d1", at(1), LEASE, 10);
        queue().settle(m.id(), "d1", refused(at(1)), new Settlement(DeliveryStatus.FAILED, 4, null, false));

        Delivery replayed = log().requestReplay(e.id(), m.id()).orElseThrow().delivery();
        assertThat(replayed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(replayed.replayRequested()).isTrue();
        Delivery claimed = queue().claim("d1", at(2), LEASE, 10).get(0);
        assertThat(claimed.replayRequested()).isTrue();
        assertThat(claimed.webhookId()).isEqualTo(m.webhookId());
        queue().settle(m.id(), "d1", refused(at(2)), new Settlement(DeliveryStatus.FAILED, 4, null, true));

        Delivery after = log().find(e.id(), m.id()).orElseThrow().delivery();
        assertThat(after.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(after.replayRequested()).isFalse();
        assertThat(after.attempts()).isEqualTo(4);
        assertThat(log().requestReplay(e.id(), "vg_dlv_0000000000000000000000")).isEmpty();
        assertThat(log().requestReplay(endpoint(team).id(), m.id())).isEmpty();
    }

    @Test
    default void aReplayAskedForDuringAnAttemptSurvivesIt() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        Delivery m = oneMessage(team, e, at(0));
        queue().claim("d1", at(1), LEASE, 10);
        log().requestReplay(e.id(), m.id());

        queue().settle(m.id(), "d1", refused(at(1)), new Settlement(DeliveryStatus.FAILED, 1, null, false));

        assertThat(queue().claim("d1", at(2), LEASE, 10)).singleElement().satisfies(d -> assertThat(d.replayRequested())
                .isTrue());
    }

    @Test
    default void disablingFailsPendingMessagesAndStopsNewOnes() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        Delivery m = oneMessage(team, e, at(0));
        queue().claim("d1", at(1), LEASE, 10);

        assertThat(endpoints().disable(e.id(), "receiver answered 410 Gone")).isTrue();
        assertThat(endpoints().disable(e.id(), "again")).isFalse();

        WebhookEndpointRecord disabled = endpoints().findById(e.id()).orElseThrow();
        assertThat(disabled.status()).isEqualTo(WebhookEndpointStatus.DISABLED);
        assertThat(disabled.disabledReason()).isEqualTo("receiver answered 410 Gone");
        assertThat(queue().settle(m.id(), "d1", ok(at(2)), succeeded(1))).isFalse();
        assertThat(log().find(e.id(), m.id()).orElseThrow().delivery().status()).isEqualTo(DeliveryStatus.FAILED);
        ExecutionRecord run = running(team, "w1", at(4));
        executions().succeed(run.id(), "w1", 1, List.of(), at(5));
        assertThat(log().list(e.id(), null, null, 10)).hasSize(1);
    }

    @Test
    default void deletingAnEndpointDropsItsMessagesAndAttempts() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        Delivery m = oneMessage(team, e, at(0));
        queue().claim("d1", at(1), LEASE, 10);

        assertThat(endpoints().delete(storedTeam().id(), e.id())).isFalse();
        assertThat(endpoints().delete(team.id(), e.id())).isTrue();
        assertThat(endpoints().delete(team.id(), e.id())).isFalse();

        assertThat(queue().settle(m.id(), "d1", ok(at(2)), succeeded(1))).isFalse();
        assertThat(log().find(e.id(), m.id())).isEmpty();
        assertThat(queue().claim("d2", at(500), LEASE, 10)).isEmpty();
    }

    @Test
    default void rotationKeepsOnlyTheLastPreviousSecret() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);

        WebhookEndpointRecord once = endpoints()
                .rotateSecret(team.id(), e.id(), "v1.two", "wxyz", at(100))
                .orElseThrow();
        assertThat(once.sealedSecret()).isEqualTo("v1.two");
        assertThat(once.secretLast4()).isEqualTo("wxyz");
        assertThat(once.sealedPreviousSecret()).isEqualTo(e.sealedSecret());
        assertThat(once.previousSecretUntil()).isEqualTo(at(100));
        assertThat(once.previousSecretValidAt(at(99))).isTrue();
        assertThat(once.previousSecretValidAt(at(100))).isFalse();

        WebhookEndpointRecord twice = endpoints()
                .rotateSecret(team.id(), e.id(), "v1.three", "abcd", at(200))
                .orElseThrow();
        assertThat(twice.sealedPreviousSecret()).isEqualTo("v1.two");
        assertThat(endpoints().rotateSecret(storedTeam().id(), e.id(), "v1.x", "x", at(1)))
                .isEmpty();
    }

    @Test
    default void theLogListsNewestFirstFiltersByStatusAndRetentionDeletesOnlyOldFinishedOnes() {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        Delivery oldDone = oneMessage(team, e, at(0));
        Delivery oldPending = oneMessage(team, e, at(1));
        Delivery young = oneMessage(team, e, at(2));
        for (Delivery d : List.of(oldDone, young)) {
            queue().claim("d1", at(3), LEASE, 10);
            queue().settle(d.id(), "d1", ok(at(3)), succeeded(1));
        }
        queue().settle(
                        oldPending.id(),
                        "d1",
                        refused(at(3)),
                        new Settlement(DeliveryStatus.PENDING, 1, at(900), false));

        assertThat(log().list(e.id(), null, null, 10))
                .extracting(l -> l.delivery().id())
                .containsExactly(young.id(), oldPending.id(), oldDone.id());
        assertThat(log().list(e.id(), DeliveryStatus.PENDING, null, 10))
                .extracting(l -> l.delivery().id())
                .containsExactly(oldPending.id());

        assertThat(queue().deleteFinishedBefore(at(2))).isEqualTo(1);
        assertThat(log().list(e.id(), null, null, 10))
                .extracting(l -> l.delivery().id())
                .containsExactly(young.id(), oldPending.id());
    }

    @Test
    default void concurrentClaimersNeverShareAMessage() throws Exception {
        Team team = storedTeam();
        WebhookEndpointRecord e = endpoint(team);
        for (int i = 0; i < 40; i++) {
            oneMessage(team, e, at(0));
        }
        AtomicInteger claimed = new AtomicInteger();
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String owner = "d" + t;
            threads.add(Thread.ofPlatform().start(() -> {
                List<Delivery> got;
                while (!(got = queue().claim(owner, at(1), LEASE, 3)).isEmpty()) {
                    got.forEach(d -> {
                        assertThat(seen.add(d.id())).as(d.id()).isTrue();
                        claimed.incrementAndGet();
                    });
                }
            }));
        }
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertThat(claimed).hasValue(40);
    }
}
