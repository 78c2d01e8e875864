package dev.framewright.store.jdbc;

/**
 * The two databases share one schema and one SQL text; the only differences are row locking for
 * queue claims and the JDBC URL.
 */
public enum Dialect {
    SQLITE,
    POSTGRES;

    /** Appended to the claim sub-select: SQLite serialises writers, PostgreSQL skips locked rows. */
    String skipLocked() {
        return this == POSTGRES ? " FOR UPDATE OF e SKIP LOCKED" : "";
    }

    /** Appended to a single-row read that precedes a write of the same row in one transaction. */
    String lockRow() {
        return this == POSTGRES ? " FOR UPDATE" : "";
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:sqlite: or jdbc:postgresql:)");
    }
}
