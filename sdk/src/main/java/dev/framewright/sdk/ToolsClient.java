package dev.framewright.sdk;

import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.ExecutionList;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.GenerateAvatarRequest;
import dev.framewright.contract.GenerateImageRequest;
import dev.framewright.contract.GenerateSoundEffectRequest;
import dev.framewright.contract.GenerateVideoClipRequest;
import dev.framewright.contract.RemoveImageBackgroundRequest;
import dev.framewright.contract.RemoveVideoBackgroundRequest;
import dev.framewright.contract.StartToolExecutionResponse;
import dev.framewright.contract.TextToSpeechRequest;
import dev.framewright.contract.ToolRequest;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.UpscaleImageRequest;
import dev.framewright.contract.UpscaleVideoRequest;
import dev.framewright.contract.VectorizeImageRequest;
import dev.framewright.sdk.internal.Call;
import dev.framewright.sdk.internal.Transport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Tool executions (API.md §2): the ten starters, a {@code …AndWait} helper for each, and reading,
 * listing, cancelling, polling and streaming executions. Get it from {@link VideoGenClient#tools()};
 * thread-safe.
 *
 * <p>Every starter sends an {@code Idempotency-Key} of its own (API.md §1.8), so the client's
 * retries after a timeout, a dropped connection, a 429 or a 5xx never start a second execution.
 */
public final class ToolsClient {
    private final Transport transport;

    ToolsClient(Transport transport) {
        this.transport = transport;
    }

    /**
     * {@code POST /v1/tools/generate-image}: starts an image from a prompt (and up to 4 reference images). Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse generateImage(GenerateImageRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts an image from a prompt (and up to 4 reference images) like {@link #generateImage(GenerateImageRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool generateImageAndWait(GenerateImageRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/generate-video-clip}: starts a video clip from a prompt, images or a video. Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse generateVideoClip(GenerateVideoClipRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts a video clip from a prompt, images or a video like {@link #generateVideoClip(GenerateVideoClipRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool generateVideoClipAndWait(GenerateVideoClipRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/text-to-speech}: starts speech audio from text. Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse textToSpeech(TextToSpeechRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts speech audio from text like {@link #textToSpeech(TextToSpeechRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool textToSpeechAndWait(TextToSpeechRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/generate-sound-effect}: starts a sound effect from a prompt. Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse generateSoundEffect(GenerateSoundEffectRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts a sound effect from a prompt like {@link #generateSoundEffect(GenerateSoundEffectRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool generateSoundEffectAndWait(GenerateSoundEffectRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/generate-avatar}: starts a presenter video speaking an audio file. Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse generateAvatar(GenerateAvatarRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts a presenter video speaking an audio file like {@link #generateAvatar(GenerateAvatarRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool generateAvatarAndWait(GenerateAvatarRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/vectorize-image}: starts an SVG tracing of an image. Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse vectorizeImage(VectorizeImageRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts an SVG tracing of an image like {@link #vectorizeImage(VectorizeImageRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool vectorizeImageAndWait(VectorizeImageRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/remove-image-background}: starts an image's foreground on a transparent background. Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse removeImageBackground(RemoveImageBackgroundRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts an image's foreground on a transparent background like {@link #removeImageBackground(RemoveImageBackgroundRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool removeImageBackgroundAndWait(RemoveImageBackgroundRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/remove-video-background}: starts a video's foreground on a transparent background (WebM). Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse removeVideoBackground(RemoveVideoBackgroundRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts a video's foreground on a transparent background (WebM) like {@link #removeVideoBackground(RemoveVideoBackgroundRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool removeVideoBackgroundAndWait(RemoveVideoBackgroundRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/upscale-image}: starts a larger version of an image. Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse upscaleImage(UpscaleImageRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts a larger version of an image like {@link #upscaleImage(UpscaleImageRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool upscaleImageAndWait(UpscaleImageRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }
    /**
     * {@code POST /v1/tools/upscale-video}: starts a larger version of a video. Answers at once with the new execution's id
     * (202); the execution starts {@code pending}. Sent with an automatic Idempotency-Key.
     *
     * @throws IOException on a transport failure
     * @throws InvalidRequestException when a field or input file is invalid (the message names it)
     * @throws EngineUnavailableException when no engine on the server runs this tool
     * @throws VideoGenException for other error statuses
     */
    public StartToolExecutionResponse upscaleVideo(UpscaleVideoRequest request) throws IOException {
        return start(request);
    }

    /**
     * Starts a larger version of a video like {@link #upscaleVideo(UpscaleVideoRequest)} and waits for the execution to succeed, polling every
     * 1.5 s for up to 1 h.
     *
     * @return the succeeded execution, with hydrated result files
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when it was not done within the hour
     * @throws IOException on a transport failure (retries spent), or when interrupted
     */
    public ExecutedTool upscaleVideoAndWait(UpscaleVideoRequest request) throws IOException {
        return startAndWait(request, WaitOptions.defaults());
    }

    /**
     * Starts any tool: the path comes from {@link ToolRequest#toolType()}. Same contract as the
     * typed starters.
     */
    public StartToolExecutionResponse start(ToolRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        Call call =
                Call.post("/v1/tools/" + request.toolType().path(), request).withIdempotencyKey(newIdempotencyKey());
        return transport.call(call, StartToolExecutionResponse.class);
    }

    /**
     * Starts any tool and waits for it to succeed.
     *
     * @param options poll interval, timeout and a listener for each state read (e.g. progress)
     * @return the succeeded execution
     * @throws ExecutionFailedException when it ended {@code failed} or {@code cancelled}
     * @throws WaitTimeoutException when {@code options.timeout()} passed first
     * @throws IOException on a transport failure, or when interrupted
     */
    public ExecutedTool startAndWait(ToolRequest request, WaitOptions options) throws IOException {
        String id = start(request).toolExecutionId();
        return succeeded(waitForExecution(id, options));
    }

    /**
     * {@code GET /v1/tools/executions/{id}}: the execution now; on success each {@code
     * results[i].file} is hydrated with fresh signed URLs.
     *
     * @throws NotFoundException when it does not exist or belongs to another team
     * @throws InvalidRequestException when the id is malformed
     */
    public ExecutedTool getExecution(String toolExecutionId) throws IOException {
        return transport.call(Call.get(executionPath(toolExecutionId)), ExecutedTool.class);
    }

    /** {@code GET /v1/tools/executions} [ext]: every execution of the team, newest first (up to 1000). */
    public ExecutionList listExecutions() throws IOException {
        return listExecutions(ExecutionListParams.ALL);
    }

    /**
     * {@code GET /v1/tools/executions} [ext] with filters and paging (API.md §2.5). Result files are
     * {@code null} in lists; read one execution for them.
     */
    public ExecutionList listExecutions(ExecutionListParams params) throws IOException {
        Call call = Call.get("/v1/tools/executions")
                .query("status", join(params.statuses().stream().map(ExecutionStatus::wire)))
                .query("toolType", join(params.toolTypes().stream().map(ToolType::name)))
                .query("limit", params.paging().limit())
                .query("cursor", params.paging().cursor());
        return transport.call(call, ExecutionList.class);
    }

    /**
     * {@code POST /v1/tools/executions/{id}/cancel}: asks the execution to stop (202). A pending one
     * is cancelled at once; a running one ends {@code cancelled} once its engine stopped; a terminal
     * one is left as it is. Safe to repeat.
     */
    public StartToolExecutionResponse cancelExecution(String toolExecutionId) throws IOException {
        return transport.call(
                Call.postEmpty(executionPath(toolExecutionId) + "/cancel", true), StartToolExecutionResponse.class);
    }

    /**
     * Polls the execution in the background until it is terminal.
     *
     * @param interval time between two reads (the official SDKs use 1.5 s)
     * @param timeout how long to poll before completing with {@link WaitTimeoutException}
     * @return a future that completes with the terminal execution (succeeded, failed or cancelled),
     *     or exceptionally with an {@link IOException}, a {@link VideoGenException} or a {@link
     *     WaitTimeoutException}. {@code cancel(…)} on it stops the polling (not the execution: use
     *     {@link #cancelExecution(String)} for that).
     */
    public CompletableFuture<ExecutedTool> pollExecution(String toolExecutionId, Duration interval, Duration timeout) {
        return pollExecution(toolExecutionId, new WaitOptions(interval, timeout, null));
    }

    /** Like {@link #pollExecution(String, Duration, Duration)}, with a listener for each state read. */
    public CompletableFuture<ExecutedTool> pollExecution(String toolExecutionId, WaitOptions options) {
        Objects.requireNonNull(toolExecutionId, "toolExecutionId");
        Objects.requireNonNull(options, "options");
        PollFuture future = new PollFuture();
        Thread t = new Thread(
                () -> {
                    try {
                        future.complete(waitForExecution(toolExecutionId, options));
                    } catch (IOException | RuntimeException e) {
                        future.completeExceptionally(e);
                    }
                },
                "videogen-poll-" + toolExecutionId);
        t.setDaemon(true);
        future.worker = t;
        t.start();
        return future;
    }

    /**
     * Blocks, polling the execution until it is terminal.
     *
     * @return the terminal execution (succeeded, failed or cancelled)
     * @throws WaitTimeoutException when {@code options.timeout()} passed first
     * @throws IOException on a transport failure, or when the thread is interrupted
     */
    public ExecutedTool waitForExecution(String toolExecutionId, WaitOptions options) throws IOException {
        Duration interval = options.interval() != null
                ? options.interval()
                : transport.settings().executionPollInterval();
        long deadline = System.nanoTime() + options.timeout().toNanos();
        ExecutedTool last = null;
        while (true) {
            last = getExecution(toolExecutionId);
            notify(options, last);
            if (last.status() != null && last.status().isTerminal()) {
                return last;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new WaitTimeoutException("execution " + toolExecutionId, options.timeout(), last);
            }
            try {
                Thread.sleep(Math.max(1, Math.min(interval.toMillis(), left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for execution " + toolExecutionId);
            }
        }
    }

    /**
     * Subscribes to the execution's Server-Sent Events [ext] (API.md §2.6): a snapshot first, then
     * every status and progress change, ending with the terminal event. Events go to {@code
     * listener} on the stream's own thread. Close the returned stream to stop early.
     */
    public ExecutionStream streamExecution(String toolExecutionId, ExecutionEventListener listener) {
        Objects.requireNonNull(toolExecutionId, "toolExecutionId");
        return ExecutionStream.open(transport, toolExecutionId, Objects.requireNonNull(listener, "listener"));
    }

    /** The execution if it succeeded, else {@link ExecutionFailedException}. */
    static ExecutedTool succeeded(ExecutedTool execution) {
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            throw new ExecutionFailedException(execution);
        }
        return execution;
    }

    /** Rethrows the cause of a failed future as what the blocking methods throw. */
    static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException) {
            return (IOException) cause;
        }
        if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        throw new UncheckedIOException(new IOException(cause));
    }

    private static void notify(WaitOptions options, ExecutedTool e) {
        try {
            options.onUpdate().accept(e);
        } catch (RuntimeException ignored) {
            // a listener never breaks the wait
        }
    }

    private static String executionPath(String id) {
        return "/v1/tools/executions/" + Call.encode(Objects.requireNonNull(id, "toolExecutionId"));
    }

    private static String join(java.util.stream.Stream<String> values) {
        String s = values.collect(Collectors.joining(","));
        return s.isEmpty() ? null : s;
    }

    /** A fresh key for one logical request; every retry of it reuses the key. */
    static String newIdempotencyKey() {
        return "vgsdk-" + UUID.randomUUID();
    }

    /** A future whose cancellation also stops the polling thread. */
    private static final class PollFuture extends CompletableFuture<ExecutedTool> {
        volatile Thread worker;

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            Thread t = worker;
            if (t != null) {
                t.interrupt();
            }
            return cancelled;
        }
    }
}
