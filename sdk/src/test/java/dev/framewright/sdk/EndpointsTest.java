package dev.framewright.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.AspectRatio;
import dev.framewright.contract.CreateWebhookEndpointRequest;
import dev.framewright.contract.EngineCapability;
import dev.framewright.contract.EngineStatus;
import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.ExecutionList;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.FileList;
import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.FileType;
import dev.framewright.contract.GenerateAvatarRequest;
import dev.framewright.contract.GenerateImageRequest;
import dev.framewright.contract.GenerateSoundEffectRequest;
import dev.framewright.contract.GenerateVideoClipRequest;
import dev.framewright.contract.MeResponse;
import dev.framewright.contract.RemoveImageBackgroundRequest;
import dev.framewright.contract.RemoveVideoBackgroundRequest;
import dev.framewright.contract.SearchFilesRequest;
import dev.framewright.contract.SearchFilesResponse;
import dev.framewright.contract.StartToolExecutionResponse;
import dev.framewright.contract.StorageFile;
import dev.framewright.contract.TextToSpeechRequest;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.UploadFileRequest;
import dev.framewright.contract.UpscaleImageRequest;
import dev.framewright.contract.UpscaleVideoRequest;
import dev.framewright.contract.VectorizeImageRequest;
import dev.framewright.contract.WebhookEventName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of API.md §2–§6 through the SDK, against a real server started in the test: typed
 * results, typed errors (401, 400, 404, 503), the upload/download helpers, the waiting helpers and
 * the event stream.
 */
class EndpointsTest {
    @TempDir
    static Path data;

    @TempDir
    static Path work;

    static TestServer server;
    static VideoGenClient client;
    static StorageFile image;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(data, "--engines-disabled", TestServer.ONLY_UPSCALERS);
        client = server.client();
        image = client.files().uploadFile(Media.png(work, "cat.png", 64, 48));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void me() throws IOException {
        MeResponse me = client.me();
        assertThat(me.teamId()).startsWith("vg_team_");
        assertThat(me.apiKeyNickname()).isEqualTo("bootstrap");
        assertThat(me.teamName()).isEqualTo("default");
    }

    @Test
    void uploadFileWaitsUntilReadyAndDownloadStreamsTheBytes() throws IOException {
        assertThat(image.fileId()).startsWith("vg_file_");
        assertThat(image.type()).isEqualTo(FileType.IMAGE);
        assertThat(image.displayName()).isEqualTo("cat.png");
        assertThat(image.downloadSource().status()).isEqualTo(FileSourceStatus.READY);

        Path saved = client.files().downloadFile(image.fileId(), work.resolve("copy.png"));
        assertThat(Files.readAllBytes(saved)).isEqualTo(Files.readAllBytes(work.resolve("cat.png")));

        Path dir = Files.createDirectories(work.resolve("into-dir"));
        Path named = client.files().downloadFile(image.fileId(), dir);
        assertThat(named.getParent()).isEqualTo(dir);
        assertThat(named.getFileName().toString()).endsWith(".png");
        assertThat(Files.size(named)).isEqualTo(Files.size(saved));

        try (Download d =
                client.files().download(client.files().get(image.fileId()).thumbnailSource())) {
            assertThat(d.contentType()).startsWith("image/");
            assertThat(d.body().readAllBytes()).isNotEmpty();
        }
    }

    @Test
    void uploadFromAStreamAsTemporary() throws IOException {
        byte[] png = Files.readAllBytes(work.resolve("cat.png"));
        try (InputStream in = new ByteArrayInputStream(png)) {
            StorageFile f = client.files().uploadFile(in, new UploadFileRequest("stream.png", FileType.IMAGE, true));
            assertThat(f.scope()).isEqualTo(FileScope.TEMPORARY);
            assertThat(f.type()).isEqualTo(FileType.IMAGE);
        }
    }

    @Test
    void anUnreadableUploadFailsTyped() throws IOException {
        Path junk = Files.writeString(work.resolve("junk.png"), "this is not an image at all");
        assertThatThrownBy(() -> client.files().uploadFile(junk))
                .isInstanceOf(UploadFailedException.class)
                .satisfies(e -> assertThat(((UploadFailedException) e)
                                .file()
                                .downloadSource()
                                .status())
                        .isEqualTo(FileSourceStatus.FAILED));
    }

    @Test
    void filesListGetHydrateArchiveAndPreviews() throws IOException {
        StorageFile f = client.files().uploadFile(Media.png(work, "lifecycle.png", 32, 32));
        FileList all = client.files().list();
        assertThat(all.files()).extracting(StorageFile::fileId).contains(f.fileId(), image.fileId());
        FileList page = client.files().list(ListParams.page(1));
        assertThat(page.files()).hasSize(1);
        assertThat(page.hasMore()).isTrue();
        FileList next = client.files().list(ListParams.page(1).next(page.nextCursor()));
        assertThat(next.files().get(0).fileId())
                .isNotEqualTo(page.files().get(0).fileId());

        assertThat(client.files().get(f.fileId()).displayName()).isEqualTo("lifecycle.png");
        StorageFile hydrated = client.files().hydrate(f.fileId());
        assertThat(hydrated.downloadSource().url()).startsWith(server.baseUrl() + "/media/");
        assertThat(hydrated.downloadSource().expiresAt()).isGreaterThan(System.currentTimeMillis() / 1000);
        assertThat(client.files().getHydratedFile(f.fileId()).downloadSource().url())
                .isNotNull();

        StorageFile shared = client.files().enablePublicPreview(f.fileId());
        assertThat(shared.isPublicPreviewEnabled()).isTrue();
        assertThat(shared.publicPlaybackId()).startsWith("vg_play_");
        StorageFile unshared = client.files().disablePublicPreview(f.fileId());
        assertThat(unshared.isPublicPreviewEnabled()).isFalse();
        assertThat(unshared.publicPlaybackId()).isNull();

        client.files().archive(f.fileId());
        assertThat(client.files().archive(f.fileId()).fileId()).isEqualTo(f.fileId()); // idempotent
        assertThat(client.files().list().files())
                .extracting(StorageFile::fileId)
                .doesNotContain(f.fileId());
        assertThat(client.files().get(f.fileId()).fileId()).isEqualTo(f.fileId());
    }

    @Test
    void searchAnswersTyped() throws IOException {
        // analysis is off on this server (--analysis-workers 0), so nothing is a candidate yet
        SearchFilesResponse found = client.files().search(new SearchFilesRequest("a cat", 5, true));
        assertThat(found.results()).isEmpty();
        assertThatThrownBy(() -> client.files().search(new SearchFilesRequest(" ", null, null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.error().message()).contains("query"));
    }

    @Test
    void toolsWithoutAnEngineAnswerATyped503AndCreateNothing() throws IOException {
        String img = image.fileId();
        Map<ToolType, ThrowingCallable> starts = new EnumMap<>(ToolType.class);
        starts.put(ToolType.GENERATE_IMAGE, () -> client.tools()
                .generateImage(new GenerateImageRequest("a cat", null, new AspectRatio(1, 1), null, null, null)));
        starts.put(ToolType.GENERATE_VIDEO_CLIP, () -> client.tools()
                .generateVideoClip(new GenerateVideoClipRequest("waves", null, null, null, null, null, null, null)));
        starts.put(ToolType.TEXT_TO_SPEECH, () -> client.tools()
                .textToSpeech(new TextToSpeechRequest("Hello", null, null, null, null, null, null, null)));
        starts.put(ToolType.GENERATE_SOUND_EFFECT, () -> client.tools()
                .generateSoundEffect(new GenerateSoundEffectRequest("a door", null, null, null, null)));
        starts.put(ToolType.VECTORIZE_IMAGE, () -> client.tools()
                .vectorizeImage(new VectorizeImageRequest(img, null, null, null)));
        starts.put(ToolType.REMOVE_IMAGE_BACKGROUND, () -> client.tools()
                .removeImageBackground(new RemoveImageBackgroundRequest(img, null, null, null)));
        // the AndWait helpers surface the same typed error before any waiting
        starts.put(ToolType.REMOVE_VIDEO_BACKGROUND, () -> client.tools()
                .removeVideoBackgroundAndWait(new RemoveVideoBackgroundRequest(img, null, null, null)));
        starts.put(ToolType.GENERATE_AVATAR, () -> client.tools()
                .generateAvatarAndWait(new GenerateAvatarRequest("vg_pres_anna", img, null, null, null)));

        List<EngineStatus> engines = client.resources().listEngines().engines();
        int before = client.tools().listExecutions().executions().size();
        for (Map.Entry<ToolType, ThrowingCallable> start : starts.entrySet()) {
            boolean available = engines.stream()
                    .anyMatch(e -> e.capability() == EngineCapability.of(start.getKey()) && e.available());
            assertThat(available)
                    .as(start.getKey() + " has no engine on this server")
                    .isFalse();
            assertThatThrownBy(start.getValue())
                    .as(start.getKey().path())
                    .satisfiesAnyOf(
                            e -> assertEngineUnavailable(e),
                            // inputs are validated before the engine check (API.md §1.5 check order)
                            e -> assertThat(e).isInstanceOf(InvalidRequestException.class));
        }
        assertEngineUnavailable(
                () -> client.tools().generateImage(new GenerateImageRequest("a cat", null, null, null, null, null)));
        assertEngineUnavailable(() ->
                client.tools().generateImageAndWait(new GenerateImageRequest("a cat", null, null, null, null, null)));
        assertEngineUnavailable(() -> client.tools().vectorizeImage(new VectorizeImageRequest(img, null, null, null)));
        assertThat(client.tools().listExecutions().executions()).hasSize(before);
    }

    @Test
    void upscaleImageAndWaitSucceedsAndTheResultDownloads() throws IOException {
        ExecutedTool done =
                client.tools().upscaleImageAndWait(new UpscaleImageRequest(image.fileId(), null, null, null));
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.progressPercentage()).isEqualTo(100);
        StorageFile out = done.results().get(0).file();
        assertThat(out.sourceToolType()).isEqualTo(ToolType.UPSCALE_IMAGE);
        Path big = client.files().downloadFile(out, work.resolve("big.png"));
        assertThat(Media.size(big)).containsExactly(128, 96);
    }

    @Test
    void upscaleVideoAndWaitSucceeds() throws Exception {
        StorageFile clip = client.files().uploadFile(Media.mp4(work, "clip.mp4", 160, 120, 1.0));
        assertThat(clip.type()).isEqualTo(FileType.VIDEO);
        ExecutedTool done =
                client.tools().upscaleVideoAndWait(new UpscaleVideoRequest(clip.fileId(), null, null, null));
        assertThat(done.toolType()).isEqualTo(ToolType.UPSCALE_VIDEO);
        Path out = client.files().downloadFile(done.results().get(0).fileId(), work.resolve("big.mp4"));
        assertThat(Media.videoSize(out)).isEqualTo("320x240");
    }

    @Test
    void executionsGetListCancelPollAndStream() throws Exception {
        StartToolExecutionResponse started =
                client.tools().upscaleImage(new UpscaleImageRequest(image.fileId(), null, null, null));
        String id = started.toolExecutionId();
        assertThat(id).startsWith("vg_exec_");

        List<ExecutedTool> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutedTool terminal = client.tools()
                .pollExecution(id, new WaitOptions(Duration.ofMillis(50), Duration.ofMinutes(2), seen::add))
                .get(2, TimeUnit.MINUTES);
        assertThat(terminal.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(seen).isNotEmpty().last().isEqualTo(terminal);

        assertThat(client.tools().getExecution(id).results()).hasSize(1);
        ExecutionList succeeded = client.tools()
                .listExecutions(ExecutionListParams.ALL
                        .withStatuses(ExecutionStatus.SUCCEEDED)
                        .withToolTypes(ToolType.UPSCALE_IMAGE));
        assertThat(succeeded.executions())
                .extracting(ExecutedTool::toolExecutionId)
                .contains(id);
        assertThat(client.tools()
                        .listExecutions(ExecutionListParams.ALL.withStatuses(ExecutionStatus.FAILED))
                        .executions())
                .extracting(ExecutedTool::toolExecutionId)
                .doesNotContain(id);
        assertThat(client.tools()
                        .listExecutions(ExecutionListParams.ALL.withPaging(ListParams.page(1)))
                        .executions())
                .hasSize(1);

        // cancel on a terminal execution: 202, no change
        assertThat(client.tools().cancelExecution(id).toolExecutionId()).isEqualTo(id);
        assertThat(client.tools().getExecution(id).status()).isEqualTo(ExecutionStatus.SUCCEEDED);

        // the event stream of a finished execution is its terminal snapshot
        List<ExecutionEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (ExecutionStream stream = client.tools().streamExecution(id, events::add)) {
            assertThat(stream.await(Duration.ofSeconds(30)).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
        assertThat(events).hasSize(1);
        assertThat(events.get(0).isTerminal()).isTrue();
        assertThat(events.get(0).execution().results().get(0).file()).isNotNull();
    }

    @Test
    void theStreamFollowsARunningExecutionToTheEnd() throws Exception {
        StorageFile clip = client.files().uploadFile(Media.mp4(work, "stream.mp4", 160, 120, 2.0));
        String id = client.tools()
                .upscaleVideo(new UpscaleVideoRequest(clip.fileId(), null, null, null))
                .toolExecutionId();
        List<ExecutionEvent> events = Collections.synchronizedList(new ArrayList<>());
        try (ExecutionStream stream = client.tools().streamExecution(id, events::add)) {
            ExecutedTool end = stream.await(Duration.ofMinutes(2));
            assertThat(end.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
        assertThat(events).extracting(ExecutionEvent::isTerminal).last().isEqualTo(true);
        List<Integer> progress =
                events.stream().map(e -> e.execution().progressPercentage()).toList();
        assertThat(progress).isSorted();
        assertThat(events).extracting(ExecutionEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void pollingCanBeCancelledWithoutCancellingTheExecution() throws Exception {
        StorageFile clip = client.files().uploadFile(Media.mp4(work, "slow.mp4", 160, 120, 3.0));
        String id = client.tools()
                .upscaleVideo(new UpscaleVideoRequest(clip.fileId(), null, null, null))
                .toolExecutionId();
        CompletableFuture<ExecutedTool> poll =
                client.tools().pollExecution(id, Duration.ofMillis(50), Duration.ofMinutes(2));
        assertThat(poll.cancel(true)).isTrue();
        assertThatThrownBy(poll::join).isInstanceOf(CancellationException.class);

        // a short timeout gives up with the last state read
        assertThatThrownBy(() -> client.tools()
                        .waitForExecution(id, WaitOptions.defaults().withTimeout(Duration.ofMillis(1))))
                .isInstanceOf(WaitTimeoutException.class);

        client.tools().cancelExecution(id);
        ExecutedTool end =
                client.tools().waitForExecution(id, WaitOptions.defaults().withTimeout(Duration.ofMinutes(1)));
        assertThat(end.status()).isIn(ExecutionStatus.CANCELLED, ExecutionStatus.SUCCEEDED);
        if (end.status() == ExecutionStatus.CANCELLED) {
            assertThatThrownBy(() -> ToolsClient.succeeded(end))
                    .isInstanceOf(ExecutionFailedException.class)
                    .hasMessageContaining("cancelled");
        }
    }

    @Test
    void resources() throws IOException {
        assertThat(client.resources().listTtsVoices().ttsVoices()).isEmpty();
        assertThat(client.resources().listTtsVoices(true, ListParams.page(10)).hasMore())
                .isFalse();
        assertThat(client.resources().listAvatarPresenters().avatarPresenters()).isEmpty();
        List<EngineStatus> engines = client.resources().listEngines().engines();
        assertThat(engines).extracting(EngineStatus::capability).containsExactly(EngineCapability.values());
        assertThat(engines.stream()
                        .filter(e -> e.capability() == EngineCapability.UPSCALE_IMAGE)
                        .findFirst()
                        .orElseThrow()
                        .available())
                .isTrue();
    }

    @Test
    void webhookEndpoints() throws IOException {
        assertThat(client.webhooks().listEndpoints().endpoints()).isEmpty();
        assertThatThrownBy(() -> client.webhooks()
                        .createEndpoint(new CreateWebhookEndpointRequest(
                                "ftp://nope", List.of(WebhookEventName.FILE_DOWNLOAD_READY), null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("url");
        String unknown = "vg_wh_AAAAAAAAAAAAAAAAAAAAAA";
        assertThatThrownBy(() -> client.webhooks().deleteEndpoint(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.webhooks().listDeliveries(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.webhooks().rotateSecret(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.webhooks().replayDelivery(unknown, "vg_dlv_AAAAAAAAAAAAAAAAAAAAAA"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.webhooks().deleteEndpoint("vg_file_AAAAAAAAAAAAAAAAAAAAAA"))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((VideoGenException) e).code())
                .isEqualTo("invalid_id");
    }

    @Test
    void typedErrorsCarryStatusCodeAndRequestId() {
        VideoGenClient badKey = client.newBuilder()
                .apiKey("not-a-key-but-long-enough-to-look-up")
                .build();
        assertThatThrownBy(badKey::me).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("invalid_api_key");
            assertThat(e.requestId()).startsWith("req_");
            assertThat(e.error().message()).isNotBlank();
        });
        assertThatThrownBy(() -> client.files().get("vg_file_AAAAAAAAAAAAAAAAAAAAAA"))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not_found"));
        assertThatThrownBy(() -> client.tools().getExecution("vg_file_AAAAAAAAAAAAAAAAAAAAAA"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.code()).isEqualTo("invalid_id"));
        assertThatThrownBy(() -> client.tools().upscaleImage(new UpscaleImageRequest(null, null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid_parameters");
                    assertThat(e.error().message()).contains("imageStorageFileId");
                });
    }

    @Test
    void transportFailuresAreIOExceptionsNotApiErrors() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        VideoGenClient nowhere = client.newBuilder()
                .baseUrl("http://127.0.0.1:" + closedPort)
                .maxRetries(1)
                .build();
        assertThatThrownBy(nowhere::me).isInstanceOf(ConnectException.class);
    }

    @Test
    void newBuilderDerivesWithoutChangingTheOriginal() {
        VideoGenClient derived =
                client.newBuilder().timeout(Duration.ofSeconds(5)).maxRetries(0).build();
        assertThat(derived.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(derived.maxRetries()).isZero();
        assertThat(client.timeout()).isEqualTo(VideoGenClient.DEFAULT_TIMEOUT);
        assertThat(client.maxRetries()).isEqualTo(VideoGenClient.DEFAULT_MAX_RETRIES);
        assertThat(derived.baseUrl()).isEqualTo(client.baseUrl());
    }

    private static void assertEngineUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(EndpointsTest::assertEngineUnavailable);
    }

    private static void assertEngineUnavailable(Throwable thrown) {
        assertThat(thrown).isInstanceOfSatisfying(EngineUnavailableException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("engine_unavailable");
            assertThat(e.requestId()).startsWith("req_");
            assertThat(e).isInstanceOf(ServerException.class);
        });
    }
}
