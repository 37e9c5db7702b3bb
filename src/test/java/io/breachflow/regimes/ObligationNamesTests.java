package io.breachflow.regimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ObligationNamesTests {

    private final ObligationNames names = new ObligationNames(messages());

    @Test
    void namesThePipcReportByItsRecipientAndArticle() {
        assertThat(names.of("kr-pipa-report", Locale.ENGLISH).full()).isEqualTo("PIPC report — PIPA Art. 34");
    }

    @Test
    void namesTheSupplementOfAFiledReportAsASupplementaryReport() {
        ObligationNames.Name name = names.of("kr-pipa-report/supplement@2026-12-01T10:15:30Z", Locale.ENGLISH);

        assertThat(name.full()).isEqualTo("PIPC supplementary report — PIPA Art. 34");
        assertThat(name.kind()).isEqualTo(ObligationKind.AUTHORITY_UPDATE);
        assertThat(name.regime()).isEqualTo("KR-PIPA");
    }

    @Test
    void speaksKoreanToAKoreanReader() {
        assertThat(names.of("kr-pipa-report", Locale.KOREAN).title()).isEqualTo("개인정보보호위원회(PIPC) 신고");
        assertThat(names.of("kr-pipa-notice", Locale.KOREAN).title()).isEqualTo("정보주체 통지");
    }

    @Test
    void aCitationThatDescribesARuleRatherThanNamingAnArticleIsSaidInTheReadersLanguage() {
        assertThat(names.of("kr-pipa-website-posting", Locale.KOREAN).citation())
                .isEqualTo("구 개인정보 보호법 시행령 규정(확인 필요)");
        assertThat(names.of("kr-pipa-website-posting", Locale.ENGLISH).citation())
                .isEqualTo("Older PIPA Decree rule (unconfirmed)");
        assertThat(names.of("kr-pipa-notice", Locale.KOREAN).citation()).isEqualTo("PIPA Art. 34(1)");
    }

    @Test
    void namesThePerJurisdictionDutyWithItsJurisdiction() {
        assertThat(names.of("eu-gdpr-each-sa:DE", Locale.ENGLISH).title()).isEqualTo("Supervisory authority report (DE)");
    }

    @Test
    void leavesAnUnknownKeyAsItIs() {
        assertThat(names.of("no-such-rule", Locale.ENGLISH).full()).isEqualTo("no-such-rule");
    }

    @Test
    void shortensACitationToItsFirstArticle() {
        assertThat(ObligationNames.shortCitation("Network Act Art. 48-3(4), Decree Art. 58-2 (in force 14 Aug 2024): 24 hours"))
                .isEqualTo("Network Act Art. 48-3(4)");
        assertThat(ObligationNames.shortCitation("Cal. Civ. Code § 1798.82 as amended by SB 446: within 30 days"))
                .isEqualTo("Cal. Civ. Code § 1798.82");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
