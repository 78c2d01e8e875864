package dev.framewright.sdk;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records responses and scheduled retries. */
final class RecordingListener implements RequestListener {
    record Retry(String method, String path, int attempt, Duration delay, int status, IOException failure) {}

    final List<Integer> statuses = new ArrayList<>();
    final List<Retry> retries = new ArrayList<>();

    @Override
    public synchronized void responseReceived(String method, URI uri, int status, String requestId, int attempt) {
        statuses.add(status);
    }

    @Override
    public synchronized void retryScheduled(
            String method, URI uri, int attempt, Duration delay, int status, IOException failure) {
        retries.add(new Retry(method, uri.getPath(), attempt, delay, status, failure));
    }

    synchronized List<Retry> retries() {
        return List.copyOf(retries);
    }

    synchronized List<Integer> statuses() {
        return List.copyOf(statuses);
    }
}
