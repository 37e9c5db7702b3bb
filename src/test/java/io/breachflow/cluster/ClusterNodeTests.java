package io.breachflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Leases on PostgreSQL: one survivor takes a lost node over, and a node presumed dead stops and starts anew. */
@EnabledIfEnvironmentVariable(named = "BREACHFLOW_TEST_POSTGRES_URL", matches = ".+")
class ClusterNodeTests {

    private static final ClusterProperties FAST = new ClusterProperties(true, null, Duration.ofMillis(200),
            Duration.ofMillis(900), Duration.ofMillis(200));

    private final String schema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private final List<ClusterNode> nodes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void database() {
        String url = System.getenv("BREACHFLOW_TEST_POSTGRES_URL");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setUsername(System.getenv("BREACHFLOW_TEST_POSTGRES_USER"));
        config.setPassword(System.getenv("BREACHFLOW_TEST_POSTGRES_PASSWORD"));
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration/postgresql").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void drop() {
        nodes.forEach(ClusterNode::close);
        jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
        dataSource.close();
    }

    @Test
    void exactlyOneSurvivorTakesOverANodeWhoseLeaseExpiredAndForgetsItAfterItsHandlersRan() {
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        ClusterNode lost = node();
        for (int i = 0; i < 3; i++) {
            node().onLostNode(id -> handled.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
        }
        lost.close(); // gives its lease up: as a kill, only sooner

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM cluster_node WHERE node_id = ?", Long.class, lost.id()) == 0);
        assertThat(handled).containsOnlyKeys(lost.id());
        assertThat(handled.get(lost.id())).hasValue(1);
        assertThat(nodes.get(1).liveNodes()).isEqualTo(3);
    }

    @Test
    void aNodeFoundTakenOverStopsItsWorkAndRegistersAgainUnderANewId() {
        ClusterNode node = node();
        AtomicInteger stopped = new AtomicInteger();
        node.onLeaseLost(stopped::incrementAndGet);
        String first = node.id();
        jdbc.update("UPDATE cluster_node SET status = 'TAKEN_OVER', taken_over_by = 'someone' WHERE node_id = ?", first);

        await().atMost(Duration.ofSeconds(5)).until(() -> !node.id().equals(first));
        assertThat(stopped).hasValue(1);
        assertThat(node.holdsLease()).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM cluster_node WHERE node_id = ?", String.class, node.id()))
                .isEqualTo("LIVE");
    }

    @Test
    void holdsNoLeaseOnceTwoThirdsOfItPassedWithoutARenewal() throws Exception {
        ClusterNode node = node();
        assertThat(node.holdsLease()).isTrue();
        node.close(); // no more renewals
        Thread.sleep(700);
        assertThat(node.holdsLease()).isFalse();
    }

    private ClusterNode node() {
        ClusterNode node = new ClusterNode(dataSource, FAST, Clock.systemUTC());
        node.start();
        nodes.add(node);
        return node;
    }
}
