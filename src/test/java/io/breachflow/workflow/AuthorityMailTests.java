package io.breachflow.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.tasklist.HumanTasks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Filing by email sends only what {@link AuthorityReports#approvedForFiling} hands out. */
class AuthorityMailTests {

    private final AuthorityReports reports = mock(AuthorityReports.class);
    private final JavaMailSender sender = mock(JavaMailSender.class);

    @Test
    void aReportThatIsNotApprovedIsNeverMailedToTheAuthority() {
        when(reports.find(7)).thenReturn(Optional.empty());
        when(reports.approvedForFiling(eq(7L), anyString())).thenThrow(new IllegalStateException(
                "Expected report 7 to be APPROVED before it is filed, but it is PENDING_APPROVAL"));

        assertThatThrownBy(() -> mail().file(7, Map.of("key", "KR-PIPA:AUTHORITY_REPORT:PIPC", "recipient", "PIPC")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected report 7 to be APPROVED before it is filed, but it is PENDING_APPROVAL");
        verify(reports).approvedForFiling(7L, "system");
        verify(sender, never()).createMimeMessage();
        verify(sender, never()).send(any(jakarta.mail.internet.MimeMessage.class));
    }

    private AuthorityMail mail() {
        WorkflowProperties.Mail addresses = new WorkflowProperties.Mail("breachflow@localhost", Map.of(),
                "dpo@localhost", Map.of("PIPC", "pipc@authority.invalid"), "en", Map.of());
        WorkflowProperties properties = new WorkflowProperties(List.of(50, 75, 90), Duration.ofHours(72), addresses);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new AuthorityMail(reports, properties, beans.getBeanProvider(JavaMailSender.class),
                new DraftForms(mock(HumanTasks.class), new com.fasterxml.jackson.databind.ObjectMapper()));
    }
}
