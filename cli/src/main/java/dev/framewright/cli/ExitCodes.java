package dev.framewright.cli;

import dev.framewright.sdk.AuthenticationException;
import dev.framewright.sdk.EngineUnavailableException;
import dev.framewright.sdk.ExecutionFailedException;
import dev.framewright.sdk.InvalidRequestException;
import dev.framewright.sdk.NotFoundException;
import dev.framewright.sdk.PermissionDeniedException;
import dev.framewright.sdk.RateLimitException;
import dev.framewright.sdk.ServerException;
import dev.framewright.sdk.UploadFailedException;
import dev.framewright.sdk.VideoGenException;
import dev.framewright.sdk.WaitTimeoutException;
import dev.framewright.sdk.WebhookVerificationException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.FileSystemException;

/**
 * The CLI's exit codes, one per class of error, so that scripts can branch on them (docs/cli.md).
 */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** Anything not listed below (e.g. a wait that timed out, a local file that cannot be written). */
    static final int GENERIC = 1;
    /** Wrong command line: unknown command or option, missing or malformed value (picocli's usage code). */
    static final int USAGE = 2;
    /** No API key, or the server refused it (401), or the key may not do this (403). */
    static final int AUTH = 3;
    /** 404: no such execution, file, endpoint or delivery (or it belongs to another team). */
    static final int NOT_FOUND = 4;
    /** 400/405/413/415/422, an upload the server could not read, a webhook that does not verify. */
    static final int INVALID_INPUT = 5;
    /** 429 after the client's retries. */
    static final int RATE_LIMITED = 6;
    /** 5xx after the client's retries, including 503 engine_unavailable (no engine for this tool). */
    static final int SERVER = 7;
    /** The execution ended failed or cancelled. */
    static final int EXECUTION_FAILED = 8;
    /** The server could not be reached, or the connection broke or timed out. */
    static final int NETWORK = 9;

    private ExitCodes() {}

    static int of(Throwable e) {
        if (e instanceof AuthenticationException || e instanceof PermissionDeniedException) {
            return AUTH;
        }
        if (e instanceof NotFoundException) {
            return NOT_FOUND;
        }
        if (e instanceof InvalidRequestException
                || e instanceof UploadFailedException
                || e instanceof WebhookVerificationException) {
            return INVALID_INPUT;
        }
        if (e instanceof RateLimitException) {
            return RATE_LIMITED;
        }
        if (e instanceof ServerException) {
            return SERVER;
        }
        if (e instanceof ExecutionFailedException) {
            return EXECUTION_FAILED;
        }
        if (e instanceof MissingApiKeyException) {
            return AUTH;
        }
        if (e instanceof FileSystemException || e instanceof FileNotFoundException) {
            return GENERIC;
        }
        if (e instanceof IOException) {
            return NETWORK;
        }
        return GENERIC;
    }

    /** One line for stderr that says what went wrong and, where it helps, what to do. */
    static String message(Throwable e) {
        if (e instanceof EngineUnavailableException) {
            VideoGenException v = (VideoGenException) e;
            return "engine unavailable (503): " + v.error().message()
                    + "\n  This server has no engine for that tool; `videogen resources engines` lists what it can run."
                    + requestId(v);
        }
        if (e instanceof VideoGenException) {
            VideoGenException v = (VideoGenException) e;
            String code = v.code() == null ? "" : " " + v.code();
            return label(v) + " (" + v.status() + code + "): " + v.error().message() + requestId(v);
        }
        if (e instanceof ExecutionFailedException) {
            return e.getMessage();
        }
        if (e instanceof ConnectException) {
            return "cannot connect to the server: " + (e.getMessage() == null ? "connection refused" : e.getMessage())
                    + "\n  Is it running? Set the address with --base-url or VIDEOGEN_BASE_URL.";
        }
        if (e instanceof HttpTimeoutException) {
            return "the server did not answer in time: " + e.getMessage();
        }
        if (e instanceof FileSystemException || e instanceof FileNotFoundException) {
            return "file error: " + e.getMessage();
        }
        if (e instanceof IOException) {
            return "network error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (e instanceof WaitTimeoutException
                || e instanceof MissingApiKeyException
                || e instanceof UploadFailedException) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String label(VideoGenException v) {
        if (v instanceof AuthenticationException) {
            return "authentication failed";
        }
        if (v instanceof PermissionDeniedException) {
            return "permission denied";
        }
        if (v instanceof NotFoundException) {
            return "not found";
        }
        if (v instanceof InvalidRequestException) {
            return "invalid request";
        }
        if (v instanceof RateLimitException) {
            return "rate limited";
        }
        if (v instanceof ServerException) {
            return "server error";
        }
        return "error";
    }

    private static String requestId(VideoGenException v) {
        return v.requestId() == null ? "" : " [request " + v.requestId() + "]";
    }

    /** No API key in --api-key or VIDEOGEN_API_KEY. */
    static final class MissingApiKeyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingApiKeyException() {
            super("no API key: pass --api-key KEY or set VIDEOGEN_API_KEY");
        }
    }
}
