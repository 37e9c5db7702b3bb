package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.at;
import static io.breachflow.regimes.Catalog.evaluate;
import static io.breachflow.regimes.Catalog.notRequired;
import static io.breachflow.regimes.Catalog.obligation;
import static io.breachflow.regimes.Catalog.obligations;
import static io.breachflow.regimes.Catalog.requires;
import static io.breachflow.regimes.Facts.breach;
import static io.breachflow.regimes.ObligationKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NIS2 Art. 23 (regulations.md §13.1). */
class EuNis2ObligationsTests {

    private final Facts essential = breach().awareAt("2025-11-14T16:00:00+01:00").nis2(Nis2Entity.ESSENTIAL)
            .euMainEstablishment("NL").affected("NL", 10);

    @Test
    void earlyWarningWithin24HoursIncidentNotificationWithin72Hours() {
        Evaluation evaluation = evaluate(essential);

        assertThat(obligation(evaluation, "eu-nis2-early-warning").dueAt()).isEqualTo(at("2025-11-15T16:00:00+01:00"));
        Obligation notification = obligation(evaluation, "eu-nis2-notification");
        assertThat(notification.kind()).isEqualTo(AUTHORITY_UPDATE);
        assertThat(notification.recipient()).isEqualTo("CSIRT");
        assertThat(notification.jurisdiction()).isEqualTo("NL");
        assertThat(notification.dueAt()).isEqualTo(at("2025-11-17T16:00:00+01:00"));
    }

    @Test
    void finalReportIsDueOneMonthAfterTheNotificationIsSubmittedAndTargetsTheEarliestPossibleDay() {
        Obligation last = obligation(evaluate(essential), "eu-nis2-final");

        assertThat(last.dueAt()).isNull();
        assertThat(last.awaiting()).isEqualTo("the submission of incident notification (eu-nis2-notification)");
        assertThat(last.targetAt()).isEqualTo(at("2025-12-14T23:59:59+01:00"));
    }

    @Test
    void notApplicableToOrganisationsOutsideNis2() {
        Evaluation evaluation = evaluate(breach().affected("NL", 10));

        assertThat(notRequired(evaluation, "EU-NIS2", AUTHORITY_REPORT).reason()).contains("not an essential or important entity");
    }

    @Test
    void theAssumedSignificanceCanBeSwitchedOff() {
        Evaluation evaluation = Catalog.without("eu-nis2-significance").evaluate(essential.build());

        assertThat(requires(evaluation, "EU-NIS2", AUTHORITY_REPORT)).isFalse();
    }
}
