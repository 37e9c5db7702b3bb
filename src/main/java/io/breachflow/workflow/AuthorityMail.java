package io.breachflow.workflow;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import io.breachflow.notices.PdfPrinter;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Files an approved report by email to the address configured for its authority
 * ({@code breachflow.workflow.mail.authorities}, keyed by recipient code, or {@code AG:US-CA} for one
 * jurisdiction's). The mail carries the approved version's exact HTML and its PDF, and a Message-ID fixed by
 * the version, so a retried submission is recognisably the same filing.
 */
@Component
class AuthorityMail {

    private final AuthorityReports reports;
    private final WorkflowProperties.Mail mail;
    private final ObjectProvider<JavaMailSender> sender;
    private final DraftForms forms;

    AuthorityMail(AuthorityReports reports, WorkflowProperties properties, ObjectProvider<JavaMailSender> sender,
            DraftForms forms) {
        this.reports = reports;
        this.mail = properties.mail();
        this.sender = sender;
        this.forms = forms;
    }

    /**
     * Sends the approved report version {@code reportDraftId}, exactly the HTML legal approved (its stored
     * hash checked) and that HTML as PDF.
     *
     * @throws IllegalStateException when the version is not approved or its HTML no longer matches its hash
     *     (refused and audited with the officer who submitted it), or no address is configured
     */
    void file(long reportDraftId, Map<String, Object> obligation) {
        ReportDraft report = reports.approvedForFiling(reportDraftId, submittedBy(obligation, reportDraftId));
        String recipient = (String) obligation.get("recipient");
        String address = mail.authorities().getOrDefault(recipient + ":" + obligation.get("jurisdiction"),
                mail.authorities().get(recipient));
        JavaMailSender mailSender = sender.getIfAvailable();
        if (address == null || mailSender == null) {
            throw new IllegalStateException("Expected an email address for authority " + recipient
                    + " in breachflow.workflow.mail.authorities and a mail sender, but "
                    + (address == null ? "there is no address" : "no mail sender is configured")
                    + "; file it on the authority's portal instead");
        }
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(mail.from());
            helper.setTo(address);
            helper.setSubject(report.regime() + " " + report.kind() + " — incident " + report.incidentId());
            helper.setText(report.html(), true);
            helper.addAttachment("report-" + report.regime() + "-v" + report.number() + ".pdf",
                    new ByteArrayResource(PdfPrinter.print(report.html())), "application/pdf");
            message.saveChanges();
            message.setHeader("Message-ID", "<report-" + reportDraftId + "-" + report.contentHash().substring(0, 16)
                    + "@breachflow>");
            mailSender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Expected to compose the report mail, but " + e.getMessage(), e);
        }
    }

    /** The officer who chose to file by email (the submit-report form); the process itself when unknown. */
    private String submittedBy(Map<String, Object> obligation, long reportDraftId) {
        if (!(obligation.get("key") instanceof String key)) {
            return "system";
        }
        try {
            return reports.find(reportDraftId).map(r -> forms.last(r.incidentId(), "submit-report", key).author())
                    .orElse("system");
        } catch (IllegalStateException noForm) {
            return "system";
        }
    }
}
