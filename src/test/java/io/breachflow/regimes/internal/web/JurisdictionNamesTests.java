package io.breachflow.regimes.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.Weekdays;
import io.breachflow.regimes.internal.RegimesProperties;
import io.breachflow.regimes.internal.web.JurisdictionChoices.Choice;
import io.breachflow.regimes.internal.web.JurisdictionChoices.Group;
import io.breachflow.regimes.internal.web.JurisdictionRegions.Region;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every jurisdiction code the facts accept has a name in English and in Korean (the picker never shows a raw
 * key), is offered under one region or stands for one that is, and the US group lists every state, DC and
 * territory with the rules Breachflow has for them.
 */
class JurisdictionNamesTests {

    private static final ResourceBundleMessageSource MESSAGES = messages();
    private static final Map<String, List<String>> REGIMES = new ObligationCatalog(new Weekdays(),
            RegimesProperties.defaults(), Clock.systemUTC()).regimesByJurisdiction();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/picker");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void everyAcceptedCodeHasAnEnglishAndAKoreanName() {
        Set<String> unnamed = new TreeSet<>();
        for (String code : FactsValidation.knownJurisdictions()) {
            String english = MESSAGES.getMessage("jurisdiction.name." + code, null, null, Locale.ENGLISH);
            String korean = MESSAGES.getMessage("jurisdiction.name." + code, null, null, Locale.KOREAN);
            if (english == null || english.isBlank() || english.codePoints().anyMatch(JurisdictionNamesTests::hangul)) {
                unnamed.add(code + " (English: " + english + ")");
            }
            if (korean == null || korean.equals(english) || korean.codePoints().noneMatch(JurisdictionNamesTests::hangul)) {
                unnamed.add(code + " (Korean: " + korean + ")");
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void everyAcceptedCodeIsOfferedOnceOrStandsForOneThatIs() {
        Map<String, Choice> all = choices(Locale.ENGLISH);
        assertThat(all.keySet()).isEqualTo(FactsValidation.knownJurisdictions());
        all.values().stream().filter(c -> !c.offered()).forEach(alias -> assertThat(
                all.get(JurisdictionRegions.ALIASES.get(alias.code())).offered()).as(alias.code()).isTrue());
        assertThat(all.values().stream().map(Choice::label)).noneMatch(label -> label.contains("jurisdiction.name"));
    }

    @Test
    void namesReadAsTheOfficerExpectsInEitherLanguage() {
        assertThat(choices(Locale.ENGLISH).get("US-CA").label()).isEqualTo("California (US-CA)");
        Map<String, Choice> korean = choices(Locale.KOREAN);
        assertThat(korean.get("US-CA").label()).isEqualTo("캘리포니아 (US-CA)");
        assertThat(korean.get("KR").label()).isEqualTo("대한민국 (KR)");
        assertThat(korean.get("DE").label()).isEqualTo("독일 (DE)");
        assertThat(korean.get("US-CA").search()).contains("california", JurisdictionChoices.fold("캘리포니아").strip());
        assertThat(choices(Locale.ENGLISH).get("KR").search()).contains(JurisdictionChoices.fold("대한민국").strip());
    }

    @Test
    void theUnitedStatesGroupHasEveryStateDcAndTerritoryAndShowsWhichHaveRules() {
        Group us = JurisdictionChoices.of(MESSAGES, REGIMES, Locale.ENGLISH).stream()
                .filter(g -> g.region() == Region.UNITED_STATES).findFirst().orElseThrow();

        assertThat(us.choices().get(0).code()).isEqualTo("US");
        assertThat(us.choices()).hasSize(58);
        assertThat(us.choices().stream().filter(Choice::hasRegime).map(Choice::code))
                .hasSize(54).contains("US-CA", "US-DC", "US-PR", "US-GU", "US-VI")
                .doesNotContain("US-AS", "US-MP", "US-UM");
        assertThat(choices(Locale.ENGLISH).get("KR").regimes()).containsExactlyInAnyOrder("KR-PIPA", "KR-NETWORK-ACT");
        assertThat(choices(Locale.ENGLISH).get("DE").regimes()).contains("EU-GDPR");
    }

    private static Map<String, Choice> choices(Locale locale) {
        return JurisdictionChoices.of(MESSAGES, REGIMES, locale).stream().flatMap(g -> g.choices().stream())
                .collect(Collectors.toMap(Choice::code, Function.identity()));
    }

    private static boolean hangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }
}
