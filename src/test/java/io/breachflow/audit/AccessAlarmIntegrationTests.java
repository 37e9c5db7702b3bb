package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.AccessAlarmRaised.Reason;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The mass-access alarm: an officer (threshold 1,000 people an hour) who reads 1,000 people's records
 * sets it off, at 999 nothing happens; the DPO is mailed; further reads of that kind wait for a second DPO,
 * one approval admits one read, clearing admits them all again; the DPO is never refused and what the
 * DPO reads under an alarm is recorded as emergency access. Each test uses user names of its own, since
 * the database is shared with every other integration test.
 */
@BreachflowIntegrationTest
class AccessAlarmIntegrationTests {

    private static final Set<String> OFFICER = Set.of("COMPLIANCE_OFFICER");
    private static final Set<String> DPO = Set.of("DPO");

    @Autowired
    AccessLog accessLog;

    @Autowired
    AccessGate gate;

    @Autowired
    GreenMail mailServer;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAlarmFiresWhenAnOfficerReachesOneThousandPeopleInAnHourAndNotAt999() {
        String officer = signIn("officer-" + UUID.randomUUID(), "COMPLIANCE_OFFICER");

        accessLog.record(officer, read(AccessKind.COHORT_ROWS, 600));
        accessLog.record(officer, read(AccessKind.COHORT_ROWS, 399));
        assertThat(thresholdAlarms(officer)).as("999 people: below the threshold").isEmpty();

        accessLog.record(officer, read(AccessKind.COHORT_ROWS, 1));

        assertThat(thresholdAlarms(officer)).singleElement().satisfies(alarm -> {
            assertThat(alarm.kind()).isEqualTo(AccessKind.COHORT_ROWS);
            assertThat(alarm.peopleInWindow()).isEqualTo(1_000);
            assertThat(alarm.threshold()).isEqualTo(1_000);
        });
        accessLog.record(officer, read(AccessKind.COHORT_ROWS, 50));
        assertThat(thresholdAlarms(officer)).as("one open alarm per kind, not one per read").hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Arrays.stream(
                mailServer.getReceivedMessagesForDomain("breachflow.local"))).anySatisfy(mail -> assertDpoMail(mail,
                officer)));
    }

    @Test
    void afterTheAlarmReadsOfThatKindWaitForASecondDpoWhoseApprovalAdmitsExactlyOneRead() {
        String officer = signIn("officer-" + UUID.randomUUID(), "COMPLIANCE_OFFICER");
        accessLog.record(officer, read(AccessKind.MAILBOX, 1_000));
        long alarm = thresholdAlarms(officer).get(0).id();

        assertThatThrownBy(() -> gate.admit(officer, OFFICER, AccessKind.MAILBOX))
                .isInstanceOf(AccessApprovalRequiredException.class);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE actor = ? AND action = ?", String.class,
                officer, "PERSONAL_DATA_ACCESS_REFUSED")).as("the refusal is a link of the chain")
                .containsExactly("alarm=" + alarm + " kind=MAILBOX");
        gate.admit(officer, OFFICER, AccessKind.EVIDENCE);
        assertThatThrownBy(() -> gate.approveOnce(alarm, officer, OFFICER)).as("not a DPO, and about themselves")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gate.approveOnce(alarm, officer, DPO)).as("no one approves their own alarm")
                .isInstanceOf(IllegalStateException.class);

        gate.approveOnce(alarm, "dpo-" + UUID.randomUUID(), DPO);
        gate.admit(officer, OFFICER, AccessKind.MAILBOX);
        assertThatThrownBy(() -> gate.admit(officer, OFFICER, AccessKind.MAILBOX)).as("the approval is used up")
                .isInstanceOf(AccessApprovalRequiredException.class);

        gate.clear(alarm, "dpo-" + UUID.randomUUID(), DPO);
        gate.admit(officer, OFFICER, AccessKind.MAILBOX);
        accessLog.record(officer, read(AccessKind.MAILBOX, 999));
        assertThat(thresholdAlarms(officer)).as("the window counts afresh from the clearing")
                .allSatisfy(a -> assertThat(a.open()).isFalse());
    }

    @Test
    void theDpoIsNeverRefusedAndTheirReadsUnderAnAlarmAreRecordedAsEmergencyAccess() {
        String dpo = signIn("dpo-" + UUID.randomUUID(), "DPO");
        accessLog.record(dpo, read(AccessKind.REGISTER_EXPORT, 5_000));
        assertThat(thresholdAlarms(dpo)).singleElement().satisfies(a -> assertThat(a.threshold()).isEqualTo(5_000));

        gate.admit(dpo, DPO, AccessKind.REGISTER_EXPORT);
        accessLog.record(dpo, read(AccessKind.REGISTER_EXPORT, 10));

        assertThat(jdbc.queryForList("SELECT emergency FROM personal_data_access WHERE actor = ? ORDER BY id",
                Boolean.class, dpo)).containsExactly(false, true);
    }

    @Test
    void aReadFromAnAddressTheUserWasNeverSeenAtIsFlaggedOnceWithoutRefusingIt() {
        String officer = signIn("officer-" + UUID.randomUUID(), "COMPLIANCE_OFFICER");
        try {
            from("192.0.2.1");
            accessLog.record(officer, read(AccessKind.MAILBOX, 1));
            accessLog.record(officer, read(AccessKind.MAILBOX, 1));
            assertThat(alarms(officer, Reason.NEW_ADDRESS)).as("the first address is not new").isEmpty();

            from("203.0.113.7");
            accessLog.record(officer, read(AccessKind.MAILBOX, 1));
            accessLog.record(officer, read(AccessKind.MAILBOX, 1));

            assertThat(alarms(officer, Reason.NEW_ADDRESS)).singleElement()
                    .satisfies(alarm -> assertThat(alarm.clientAddress()).isEqualTo("203.0.113.7"));
            gate.admit(officer, OFFICER, AccessKind.MAILBOX);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private List<AccessAlarm> alarms(String actor, Reason reason) {
        return gate.recent(500).stream().filter(a -> a.actor().equals(actor) && a.reason() == reason).toList();
    }

    private static PersonalDataAccess read(AccessKind kind, long people) {
        return new PersonalDataAccess(kind, "test", people, null, "test read of " + people);
    }

    private List<AccessAlarm> thresholdAlarms(String actor) {
        return gate.recent(500).stream().filter(a -> a.actor().equals(actor) && a.reason() == Reason.THRESHOLD)
                .toList();
    }

    private static String signIn(String name, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(name, null,
                "ROLE_" + role));
        return name;
    }

    private static void assertDpoMail(MimeMessage mail, String officer) throws Exception {
        assertThat(mail.getSubject()).isEqualTo("Breachflow: mass-access alarm about " + officer);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("dpo@breachflow.local");
        assertThat((String) mail.getContent()).contains("People in the window: 1,000 (threshold 1,000)")
                .contains("/audit/alarms");
    }
}
