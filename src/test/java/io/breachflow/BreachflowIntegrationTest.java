package io.breachflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on random ports: HTTP, embedded SMTP and engine gRPC on free ports, an
 * in-memory H2 database of its own, a dev mailbox in a fresh temporary directory. Every test class using
 * exactly this annotation shares one Spring context, so use it rather than a variation of it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:breachflow-${random.uuid};DB_CLOSE_DELAY=-1",
        "breachflow.mail.dev-smtp.port=0",
        "breachflow.mail.dev-smtp.store=${java.io.tmpdir}/breachflow-test-mailbox-${random.uuid}",
        "breachflow.engine.port=0",
        // the demo accounts read mailbox, outbox and exports across many test classes within the alarm's
        // window; the mass-access alarm's own tests use made-up users and the real role thresholds
        "breachflow.audit.alarm.user-thresholds.officer=1000000000",
        "breachflow.audit.alarm.user-thresholds.admin=1000000000",
        "breachflow.audit.alarm.user-thresholds.auditor=1000000000",
        "breachflow.audit.alarm.user-thresholds.dpo=1000000000",
        "breachflow.audit.alarm.user-thresholds.legal=1000000000"})
public @interface BreachflowIntegrationTest {
}
