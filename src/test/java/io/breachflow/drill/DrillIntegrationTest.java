package io.breachflow.drill;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in the drill profile on random ports, with a drill database, mailbox and audit key of its
 * own in a fresh temporary directory. Every drill test class uses exactly this annotation, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("drill")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "drill.test.dir=${java.io.tmpdir}/breachflow-drill-test-${random.uuid}",
        "spring.datasource.url=jdbc:h2:file:${drill.test.dir}/bf;WRITE_DELAY=0",
        "breachflow.mail.dev-smtp.port=0",
        "breachflow.mail.dev-smtp.store=${drill.test.dir}/mailbox",
        "breachflow.audit.key-file=${drill.test.dir}/audit.key",
        "breachflow.engine.port=0",
        "breachflow.engine.rest-port=0",
        "breachflow.drill.tick=PT1H"})
public @interface DrillIntegrationTest {
}
