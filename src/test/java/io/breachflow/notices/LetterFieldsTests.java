package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterFieldsTests {

    @Test
    void theEnglishLetterSeesOnlyItsOwnTextAndTheSharedFields() {
        Map<String, String> fields = Map.of("whatHappened_ko", "퇴사자가 고객 정보를 열람했습니다.",
                "whatHappened_en", "A former employee read customer data.", "reference", "shared");

        assertThat(LetterFields.forLanguage(fields, "en")).containsOnly(
                Map.entry("whatHappened", "A former employee read customer data."), Map.entry("reference", "shared"));
    }

    @Test
    void aLanguagesOwnTextOverridesTheSharedOne() {
        Map<String, String> fields = Map.of("organisation", "Example Commerce Co.", "organisation_ko", "예시커머스 주식회사");

        assertThat(LetterFields.forLanguage(fields, "ko")).containsEntry("organisation", "예시커머스 주식회사");
        assertThat(LetterFields.forLanguage(fields, "en")).containsEntry("organisation", "Example Commerce Co.");
    }

    @Test
    void namesTheLanguageAFieldIsWrittenFor() {
        assertThat(LetterFields.languageOf("contactPoint_ja")).isEqualTo("ja");
        assertThat(LetterFields.languageOf("contactPoint")).isNull();
    }
}
