package io.breachflow.filings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.filings.internal.ReportContentRules;
import io.breachflow.filings.internal.ReportTemplates;
import io.breachflow.notices.MissingRequiredContentException;
import io.breachflow.notices.RequiredItem;
import io.breachflow.regimes.ObligationKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The regulator forms of US states and territories: Texas's electronic Data Breach Report (answers to copy into
 * the Attorney General's form), California's sample copy of the resident notice, Puerto Rico's notice to DACO, and
 * the states whose regulator notice has confirmed content rendered on the generic report.
 */
class StateReportFormsTests {

    private static final ReportTemplates TEMPLATES = new ReportTemplates(Path.of("templates/reports"));
    private static final List<String> STATES = List.of("US-TX", "US-CA", "US-PR", "US-MA", "US-NM", "US-MT", "US-NH",
            "US-RI");

    @Test
    void theTexasReportAnswersTheSixItemsOfSection521053AndSaysItIsFiledThroughTheElectronicForm() {
        String html = render("US-TX");

        assertThat(TEMPLATES.resolve("US-TX", ObligationKind.AUTHORITY_REPORT, "en"))
                .isEqualTo("US-TX/authority-report_en.html");
        assertThat(html).contains("Texas Data Breach Report", "electronic Data Breach Report form",
                "enter each answer below in the form", "may be released as an open record",
                "1. Detailed description of the breach", "A former employee used a signing key",
                "2. Number of Texas residents affected", "1,250",
                "3. Number of Texans notified directly (by mail or e-mail)", "1,180 by e-mail and 70 by mail",
                "4. Measures taken", "The key was revoked and the police informed.",
                "5. Measures planned", "Quarterly access reviews",
                "6. Is law enforcement investigating?", "Austin Police Department", "§ 521.053");
    }

    @Test
    void theCaliforniaReportCarriesTheSampleCopyOfTheNoticeAndTheCountOfCalifornians() {
        String html = render("US-CA");

        assertThat(html).contains("Data breach notification to the California Attorney General",
                "single sample copy of the notice sent to California residents, without any personal information",
                "Sample copy of the notice to California residents", "Notice of Data Breach",
                "For More Information", "California residents affected", "1,250", "California residents notified",
                "§ 1798.82");
    }

    @Test
    void thePuertoRicoNoticeIsAddressedToDacoWithTheTenDayRule() {
        String html = render("US-PR");

        assertThat(html).contains("Department of Consumer Affairs (DACO)", "Departamento de Asuntos del Consumidor",
                "Puerto Rico residents affected: <span>1,250</span>", "non-extendable term of ten days", "§ 4052");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"US-TX", "US-CA", "US-PR", "US-MA", "US-NM", "US-MT", "US-NH", "US-RI"})
    void showsEveryItemTheStateRequires(String regime) {
        Map<String, String> fields = ReportFixtures.fields("en");
        for (ObligationKind kind : new ObligationKind[] {ObligationKind.AUTHORITY_REPORT, ObligationKind.AUTHORITY_UPDATE}) {
            String html = HtmlUtils.htmlUnescape(TEMPLATES.render(TEMPLATES.resolve(regime, kind, "en"), fields,
                    Map.of("kind", kind.name(), "recipient", "AG", "regime", regime, "reference", "incident-1 / 1")));

            assertThat(ReportContentRules.forReport(regime, kind))
                    .allSatisfy(item -> assertThat(html).as("shows %s", item.field()).contains(fields.get(item.field())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"US-TX", "US-CA", "US-PR", "US-MA", "US-NM", "US-MT", "US-NH", "US-RI"})
    void aDraftMissingAnyRequiredItemIsRefusedNamingThatItem(String regime) {
        for (RequiredItem item : ReportContentRules.forReport(regime, ObligationKind.AUTHORITY_REPORT)) {
            Map<String, String> fields = ReportFixtures.fields("en");
            fields.remove(item.field());

            assertThatThrownBy(() -> MissingRequiredContentException.check("the report",
                    ReportContentRules.forReport(regime, ObligationKind.AUTHORITY_REPORT), fields))
                    .isInstanceOf(MissingRequiredContentException.class)
                    .hasMessageContaining(item.item() + " (field " + item.field() + "; " + item.citation() + ")");
        }
    }

    @Test
    void everyStateItemCarriesItsCitationWithTheSectionAndItsSource() {
        for (String regime : STATES) {
            assertThat(ReportContentRules.forReport(regime, ObligationKind.AUTHORITY_REPORT)).as(regime)
                    .filteredOn(item -> !item.field().equals("organisation"))
                    .isNotEmpty()
                    .allSatisfy(item -> assertThat(item.citation()).contains("§")
                            .satisfiesAnyOf(c -> assertThat(c).contains("https://"),
                                    c -> assertThat(c).startsWith("Breachflow baseline")));
        }
    }

    @Test
    void californiaAndPuertoRicoOfferTheResidentCountWithoutRequiringIt() {
        assertThat(ReportContentRules.alsoShown("US-CA")).contains("residentsAffected", "residentsNotified");
        assertThat(ReportContentRules.alsoShown("US-PR")).contains("residentsAffected");
        assertThat(ReportContentRules.forReport("US-CA", ObligationKind.AUTHORITY_REPORT))
                .extracting(RequiredItem::field).containsExactly("organisation", "sampleNotice");
    }

    private static String render(String regime) {
        return HtmlUtils.htmlUnescape(TEMPLATES.render(TEMPLATES.resolve(regime, ObligationKind.AUTHORITY_REPORT, "en"),
                ReportFixtures.fields("en"), Map.of("kind", "AUTHORITY_REPORT", "recipient", "AG", "regime", regime,
                        "reference", "incident-1 / 1")));
    }
}
