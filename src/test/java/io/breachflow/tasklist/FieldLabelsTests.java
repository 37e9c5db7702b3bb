package io.breachflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class FieldLabelsTests {

    private final FieldLabels labels = new FieldLabels(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anEarlierDraftsFieldsReadAsTheDeskAskedThem() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(labels.of("whatHappened")).isEqualTo("What happened?");
        assertThat(labels.of("whatHappened_en")).isEqualTo("What happened? (English)");
        assertThat(labels.of("comment")).isEqualTo("Comment");
    }

    @Test
    void aKoreanReaderReadsThemInKorean() {
        LocaleContextHolder.setLocale(Locale.KOREAN);

        assertThat(labels.of("measuresTaken_ko")).isEqualTo("어떤 조치를 했고, 앞으로 무엇을 합니까? (한국어)");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/drafting");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
