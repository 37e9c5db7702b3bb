package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.engine.gateway.EngineCredentials;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.impl.basicauth.BasicAuthCredentialsProviderBuilder;
import io.grpc.Status;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An engine exposed beyond loopback requires credentials: the unmodified Camunda client with
 * {@code camunda.client.auth.method=basic} (its {@code BasicAuthCredentialsProvider}) is served over gRPC and REST,
 * a client without them, or with other ones, is refused with {@code UNAUTHENTICATED} / 401, as by a cluster.
 */
class EngineAuthenticationConformanceTests {

    private HikariDataSource dataSource;
    private EmbeddedEngine engine;

    @BeforeEach
    void startEngineWithCredentials() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:engine-auth-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource = new HikariDataSource(config);
        engine = EmbeddedEngine.start(dataSource, Clock.systemUTC(), "127.0.0.1", 0, 0,
                new EngineCredentials("breachflow", "s3cret-engine-password"));
    }

    @AfterEach
    void stop() {
        engine.close();
        dataSource.close();
    }

    @Test
    void aClientWithTheEnginesCredentialsIsServed() {
        try (CamundaClient client = client("breachflow", "s3cret-engine-password")) {
            assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
        }
    }

    @Test
    void aClientWithoutCredentialsIsRefusedAsUnauthenticated() {
        try (CamundaClient client = client(null, null)) {
            assertThatThrownBy(() -> client.newTopologyRequest().send().join())
                    .isInstanceOfSatisfying(ClientStatusException.class,
                            refused -> assertThat(refused.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        }
    }

    @Test
    void aClientWithOtherCredentialsIsRefusedAsUnauthenticated() {
        try (CamundaClient client = client("breachflow", "guessed")) {
            assertThatThrownBy(() -> client.newTopologyRequest().send().join())
                    .isInstanceOfSatisfying(ClientStatusException.class,
                            refused -> assertThat(refused.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        }
    }

    @Test
    void theRestApiAsksForTheSameCredentials() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + engine.restPort() + "/v2/topology")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void aRestPreferringClientWithTheCredentialsIsServedOverRest() {
        try (CamundaClient client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:1"))
                .restAddress(URI.create("http://127.0.0.1:" + engine.restPort()))
                .preferRestOverGrpc(true)
                .credentialsProvider(new BasicAuthCredentialsProviderBuilder().username("breachflow").password("s3cret-engine-password")
                        .build())
                .build()) {
            assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
        }
    }

    private CamundaClient client(String username, String password) {
        var builder = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + engine.port()))
                .restAddress(URI.create("http://127.0.0.1:" + engine.restPort()))
                .preferRestOverGrpc(false);
        if (username != null) {
            builder.credentialsProvider(new BasicAuthCredentialsProviderBuilder().username(username).password(password)
                    .build());
        }
        return builder.build();
    }
}
