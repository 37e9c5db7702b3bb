package io.breachflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskFormsTests {

    @Test
    void approvalPassesOnlyTheDecisionToTheProcessAndKeepsTheCommentInTheTasklist() {
        Map<String, Object> variables = TaskForms.validate("approve-report",
                Map.of("approved", true, "comment", "fine"));

        assertThat(variables).containsExactly(Map.entry("approved", true));
    }

    @Test
    void aRejectionMustSayWhy() {
        assertThatThrownBy(() -> TaskForms.validate("approve-report", Map.of("approved", false)))
                .isInstanceOfSatisfying(InvalidFormException.class, invalid -> assertThat(invalid.errors())
                        .extracting(InvalidFormException.FieldError::field).containsExactly("comment"));
    }

    @Test
    void submissionAcceptsOnlyKnownChannelsAndPassesTheReceiptNumber() {
        assertThat(TaskForms.validate("submit-report", Map.of("channel", "EMAIL", "receiptNumber", "2025-0001")))
                .containsEntry("channel", "EMAIL").containsEntry("receiptNumber", "2025-0001");
        assertThatThrownBy(() -> TaskForms.validate("submit-report", Map.of("channel", "FAX")))
                .isInstanceOf(InvalidFormException.class);
    }

    @Test
    void draftTextStaysOutOfTheProcess() {
        assertThat(TaskForms.validate("draft-report", Map.of("whatHappened", "what happened"))).isEmpty();
    }

    @Test
    void unknownFieldsBlankRequiredTextAndWrongTypesAreNamed() {
        assertThatThrownBy(() -> TaskForms.validate("post-incident-review", Map.of("lessonsLearned", " ", "extra", 1)))
                .isInstanceOfSatisfying(InvalidFormException.class, invalid -> assertThat(invalid.errors())
                        .extracting(InvalidFormException.FieldError::field).containsExactly("lessonsLearned", "extra"));
        assertThatThrownBy(() -> TaskForms.validate("draft-report", Map.of("whatHappened", 42)))
                .isInstanceOf(InvalidFormException.class);
        assertThatThrownBy(() -> TaskForms.validate("approve-report", Map.of("approved", "yes")))
                .isInstanceOf(InvalidFormException.class);
    }

    @Test
    void anUnknownFormTakesNoFields() {
        assertThat(TaskForms.validate("unknown-form", Map.of())).isEmpty();
        assertThatThrownBy(() -> TaskForms.validate("unknown-form", Map.of("anything", 1)))
                .isInstanceOf(InvalidFormException.class);
    }

    @Test
    void aPoliceFilingPassesItsCaseNumberAndARejectedReferralMustSayWhy() {
        assertThat(TaskForms.validate("file-with-police", Map.of("caseNumber", "2025-0042", "policeUnit", "Cyber unit")))
                .containsExactly(Map.entry("caseNumber", "2025-0042"));
        assertThatThrownBy(() -> TaskForms.validate("approve-referral", Map.of("approved", false)))
                .isInstanceOf(InvalidFormException.class);
        assertThat(TaskForms.APPROVES).containsEntry("approve-referral", "prepare-referral");
    }

    @Test
    void candidateGroupsNameRoles() {
        assertThat(HumanTasks.role("compliance-officer")).isEqualTo("COMPLIANCE_OFFICER");
        assertThat(HumanTasks.role("legal")).isEqualTo("LEGAL");
        assertThat(HumanTasks.role("dpo")).isEqualTo("DPO");
    }
}
