package dev.framewright.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL LISTEN/NOTIFY wake-ups between nodes: writers {@code NOTIFY} a channel inside the
 * transaction that made work (PostgreSQL delivers it on commit), and one thread per node holds a
 * dedicated connection that {@code LISTEN}s and runs the channel's listeners. Nothing depends on it:
 * the workers and dispatchers still poll, so a lost notification (the connection dropped) costs at
 * most one poll interval. After a reconnect every listener runs once, for what was missed.
 */
final class Notifications implements AutoCloseable {
    static final String EXECUTIONS = "framewright_executions";
    static final String WEBHOOKS = "framewright_webhooks";
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final Duration RECONNECT = Duration.ofSeconds(2);

    private final String url;
    private final String user;
    private final String password;
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread thread;

    Notifications(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    synchronized void listen(String channel, Runnable listener) {
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        if (thread == null && running) {
            thread = Thread.ofPlatform().name("pg-listen").daemon().start(this::loop);
        }
    }

    private void loop() {
        boolean first = true;
        while (running) {
            java.util.Properties props = new java.util.Properties();
            if (user != null) {
                props.setProperty("user", user);
            }
            if (password != null) {
                props.setProperty("password", password);
            }
            try (Connection c = DriverManager.getConnection(url, props)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + EXECUTIONS);
                    s.execute("LISTEN " + WEBHOOKS);
                }
                if (!first) {
                    log.info("LISTEN connection restored");
                    listeners.values().forEach(l -> l.forEach(Notifications::runQuietly));
                }
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] got = pg.getNotifications(1000);
                    if (got == null) {
                        continue;
                    }
                    java.util.Set<String> channels = new java.util.HashSet<>();
                    for (PGNotification n : got) {
                        channels.add(n.getName());
                    }
                    for (String ch : channels) {
                        listeners.getOrDefault(ch, List.of()).forEach(Notifications::runQuietly);
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("LISTEN connection lost ({}); polling covers the gap, reconnecting", e.getMessage());
                    first = false;
                    sleep();
                }
            }
        }
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("notification listener failed", e);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
