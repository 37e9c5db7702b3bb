package io.breachflow.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.breachflow.audit.AuditEntry;
import io.breachflow.audit.AuditTrail;
import io.breachflow.audit.BreachRegister;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.notices.PdfPrinter;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.workflow.EngineClockControl;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A drill on the real processes: its own database and clock, escalations when its clock passes a deadline, DRILL mail. */
@DrillIntegrationTest
class DrillIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    Drills drills;

    @Autowired
    EngineClockControl engineClock;

    @Autowired
    Clock clock;

    @Autowired
    Environment environment;

    @Autowired
    AuditTrail audit;

    @Autowired
    HumanTasks tasks;

    @Autowired
    IncidentIntake intake;

    @Autowired
    IncidentRecords incidents;

    @Autowired
    BreachRegister register;

    @Autowired
    GreenMail mailbox;

    @Autowired
    JavaMailSenderImpl mailSender;

    @AfterEach
    void endTheDrill() {
        drills.current().ifPresent(run -> drills.end("admin", Locale.ENGLISH));
    }

    @Test
    void runsOnItsOwnDatabaseMailboxAndAControlledClock() {
        assertThat(environment.getProperty("spring.datasource.url")).contains("breachflow-drill-test-");
        assertThat(mailbox.getSmtp().getPort()).isNotEqualTo(2525);
        Instant later = clock.instant().plus(Duration.ofHours(3));

        engineClock.pin(later);

        assertThat(clock.instant()).isEqualTo(later);
        assertThat(drills.now()).isEqualTo(later);
    }

    @Test
    void steppingToTheNextDeadlineEscalatesTheDrillCaseAndItsMailSaysDrill() throws Exception {
        DrillRun run = drills.start("kr-retail", "admin");
        String incident = run.incidentId();
        await().atMost(PATIENCE).until(() -> !tasks.openForIncident(incident).isEmpty());

        Instant now = drills.stepToNextDeadline().orElseThrow();

        assertThat(now).isAfter(run.startedAt());
        await().atMost(PATIENCE).until(() -> actions(incident).contains("OBLIGATION_OVERDUE"));
        assertThat(actions(incident)).contains("DEADLINE_REMINDER_DUE");
        await().atMost(PATIENCE).until(() -> !subjects("Overdue:").isEmpty());
        assertThat(subjects("Customer data taken by a former employee")).allSatisfy(subject ->
                assertThat(subject).startsWith("[DRILL] "));
        MimeMessage overdue = Arrays.stream(mailbox.getReceivedMessages())
                .filter(m -> subject(m).contains("Overdue:")).findFirst().orElseThrow();
        assertThat(overdue.getHeader(DrillTransport.HEADER)).containsExactly("true");
    }

    @Test
    void everyMailOfADrillHasTheDrillPrefixWhoeverComposedIt() throws Exception {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom("breachflow@localhost");
        helper.setTo("dpo@breachflow.local");
        helper.setSubject("Audit chain checkpoint 42");
        helper.setText("checkpoint");

        mailSender.send(message);

        await().atMost(PATIENCE).until(() -> !subjects("Audit chain checkpoint 42").isEmpty());
        assertThat(subjects("Audit chain checkpoint 42")).containsExactly("[DRILL] Audit chain checkpoint 42");
    }

    @Test
    void theReportListsEachObligationMetOrMissedWithItsMarginAndTheRegisterKeepsItAsADrill() {
        DrillRun run = drills.start("kr-retail", "admin");
        String incident = run.incidentId();
        String pipc = "kr-pipa-report";
        assertThat(intake.requiredObligationKeys(IncidentId.of(incident))).contains(pipc);
        drills.step(Duration.ofHours(5));
        intake.markMet(IncidentId.of(incident), pipc);
        drills.step(Duration.ofDays(4));

        DrillRun ended = drills.end("admin", Locale.ENGLISH);

        String report = drills.report(ended.id()).orElseThrow();
        assertThat(report).contains("Met on time", "to spare", "Missed", "late", "PIPC report",
                "Customer data taken by a former employee", "started by admin, ended by admin");
        assertThat(PdfPrinter.print(report)).startsWith("%PDF".getBytes());
        await().atMost(PATIENCE).until(() -> register.entry(incident).isPresent());
        register.markDrill(incident, ended.id());
        assertThat(register.entry(incident).orElseThrow().drillRun()).isEqualTo(ended.id());
    }

    private List<String> actions(String incident) {
        return audit.forIncident(incident).stream().map(AuditEntry::action).toList();
    }

    private List<String> subjects(String containing) {
        return Arrays.stream(mailbox.getReceivedMessages()).map(DrillIntegrationTests::subject)
                .filter(s -> s.contains(containing)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
