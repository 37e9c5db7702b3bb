package io.breachflow.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.notices.PdfPrinter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class DrillDocumentMarksTests {

    private final DrillDocumentMarks marks = new DrillDocumentMarks(messages());

    @Test
    void prefixesEverySubjectOnce() {
        assertThat(marks.subject("PIPC report due in 12 h")).isEqualTo("[DRILL] PIPC report due in 12 h");
        assertThat(marks.subject(marks.subject("Notice"))).isEqualTo("[DRILL] Notice");
    }

    @Test
    void putsTheBannerFirstInTheBodyOfAnHtmlLetterInItsLanguage() {
        String html = marks.html("<html><body style=\"x\"><h1>개인정보 유출 통지</h1></body></html>", "ko");

        assertThat(html).startsWith("<html><body style=\"x\"><div class=\"drill-mark\"")
                .contains("모의훈련: 실제 통지가 아닙니다").contains("<h1>개인정보 유출 통지</h1>");
    }

    @Test
    void aPrintedLetterStaysPrintableAndCarriesTheWatermark() {
        String xhtml = marks.print("<html><head><meta charset=\"UTF-8\"/></head><body><p>Dear customer</p></body></html>", "en");

        assertThat(xhtml).contains(">DRILL</div>", "DRILL: an exercise");
        assertThat(PdfPrinter.print(xhtml)).startsWith("%PDF".getBytes());
    }

    @Test
    void theTextVersionStartsWithTheDrillNotice() {
        assertThat(marks.text("Dear customer", "en")).startsWith("[DRILL] DRILL: an exercise").endsWith("Dear customer");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("drill.mark.document", Locale.ENGLISH, "DRILL: an exercise, not a real notice.");
        messages.addMessage("drill.mark.document", Locale.KOREAN, "모의훈련: 실제 통지가 아닙니다.");
        return messages;
    }
}
