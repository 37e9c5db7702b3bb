package io.breachflow.filings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.filings.internal.ReportContentRules;
import io.breachflow.notices.MissingRequiredContentException;
import io.breachflow.regimes.ObligationKind;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each regime's required items for authority reports, with the citation in the error. */
class ReportContentRulesTests {

    @ParameterizedTest(name = "{0} report without {2}")
    @CsvSource(delimiter = '|', value = {
            "KR-PIPA | ko | dataCategories        | PIPA Art. 34(1), https://prighter.com/resources/laws/korean-pipa/main/articles/article-34 item 1",
            "KR-PIPA | ko | contactPoint          | item 5",
            "KR-NETWORK-ACT | ko | cause          | Network Act Art. 48-3(4) and Enforcement Decree Art. 58-2",
            "KR-NETWORK-ACT | ko | consequences   | Network Act Art. 48-3(4)",
            "KR-NETWORK-ACT | ko | contactPoint   | Network Act Art. 48-3(4)",
            "EU-GDPR | en | whatHappened          | GDPR Art. 33(3), https://gdprlearninghub.com/article-33-gdpr/ (a)",
            "EU-GDPR | en | recordCount           | (a)",
            "EU-GDPR | en | contactPoint          | (b)",
            "EU-GDPR | en | consequences          | (c)",
            "EU-GDPR | en | measuresTaken         | (d)",
            "US-SEC  | en | scope                 | Form 8-K Item 1.05(a)",
            "US-SEC  | en | materialImpact        | Form 8-K Item 1.05(a)",
            "JP-APPI | ja | affectedCount         | PPC Rules Art. 8(1), https://www.businesslawyers.jp/practices/1433 item 3",
            "JP-APPI | ja | publicAnnouncement    | item 7",
            "JP-APPI | ja | preventiveMeasures    | item 8",
            "BR-LGPD | en | measuresTaken         | Breachflow baseline",
            "US-TX   | en | whatHappened          | Tex. Bus. & Com. Code § 521.053 (SB 768, from 1 Sep 2023), https://billcam.com/bill-texts/w6dDLmcAOt, https://www.texasattorneygeneral.gov/consumer-protection/data-breach-reporting item 1",
            "US-TX   | en | residentsAffected     | § 521.053",
            "US-TX   | en | residentsNotified     | data-breach-reporting item 3",
            "US-TX   | en | measuresTaken         | data-breach-reporting item 4",
            "US-TX   | en | measuresPlanned       | data-breach-reporting item 5",
            "US-TX   | en | lawEnforcement        | data-breach-reporting item 6",
            "US-TX   | en | organisation          | Breachflow report templates",
            "US-CA   | en | sampleNotice          | Cal. Civ. Code § 1798.82(f): more than 500 residents, a single sample copy",
            "US-PR   | en | whatHappened          | Breachflow baseline; P.R. Laws Ann. tit. 10 § 4052 requires notice to DACO within 10 days",
            "US-PR   | en | contactPoint          | regulations-us-states.md lists no content for it",
            "US-MA   | en | residentsAffected     | Mass. Gen. Laws ch. 93H § 3(b)",
            "US-MA   | en | measuresTaken         | Mass. Gen. Laws ch. 93H § 3(b)",
            "US-NM   | en | residentsNotified     | N.M. Stat. Ann. § 57-12C-10",
            "US-NM   | en | sampleNotice          | N.M. Stat. Ann. § 57-12C-10",
            "US-MT   | en | sampleNotice          | Mont. Code Ann. § 30-14-1704",
            "US-MT   | en | noticeDistribution    | Mont. Code Ann. § 30-14-1704",
            "US-NH   | en | noticeDistribution    | N.H. Rev. Stat. § 359-C:20 I(b)",
            "US-NH   | en | residentsNotified     | N.H. Rev. Stat. § 359-C:20 I(b)",
            "US-RI   | en | noticeDistribution    | R.I. Gen. Laws § 11-49.3-4(a)(2)",
            "US-RI   | en | residentsAffected     | R.I. Gen. Laws § 11-49.3-4(a)(2)"})
    void aReportMissingARequiredItemIsRefusedNamingItsFieldAndCitation(String regime, String language, String field,
            String citation) {
        for (ObligationKind kind : new ObligationKind[] {ObligationKind.AUTHORITY_REPORT, ObligationKind.AUTHORITY_UPDATE}) {
            Map<String, String> fields = ReportFixtures.fields(language);
            fields.remove(field);

            assertThatThrownBy(() -> MissingRequiredContentException.check("the report",
                    ReportContentRules.forReport(regime, kind), fields))
                    .isInstanceOf(MissingRequiredContentException.class)
                    .hasMessageContaining("field " + field + ";").hasMessageContaining(citation);
        }
    }
}
