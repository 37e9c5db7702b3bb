package io.breachflow.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.web.FormLoginClient;
import io.breachflow.workflow.EngineClockControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The default profile, where real cases live, offers no drill: no drill page or controls, no DRILL banner, and an
 * engine that refuses to have its clock moved, so nothing can move time under real cases.
 */
@BreachflowIntegrationTest
class DrillDefaultProfileIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    EngineClockControl engineClock;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void offersNoDrillControlsAndItsClockCannotBeMoved() throws Exception {
        assertThat(context.getBeanNamesForType(Drills.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DrillController.class)).isEmpty();

        FormLoginClient admin = new FormLoginClient(port);
        admin.logIn("admin", "demo");
        assertThat(admin.get("/drill").statusCode()).isEqualTo(404);
        assertThat(admin.get("/drill/clock").statusCode()).isEqualTo(404);
        assertThat(admin.get("/inbox").body()).contains("<h1>Inbox</h1>").doesNotContain("drill-banner");
        Instant nextYear = clock.instant().plus(Duration.ofDays(365));

        assertThatThrownBy(() -> engineClock.pin(nextYear)).isInstanceOf(RuntimeException.class);
        assertThat(clock.instant()).isBefore(nextYear.minus(Duration.ofDays(300)));
    }
}
