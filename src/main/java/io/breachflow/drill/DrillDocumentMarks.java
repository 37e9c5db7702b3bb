package io.breachflow.drill;

import io.breachflow.documents.DocumentMarks;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks every letter and report of a drill: "[DRILL]" before the subject and the plain text, a red banner at the
 * top of the HTML, and on print a banner plus a large grey "DRILL" on every page (openhtmltopdf repeats fixed
 * elements on each page), so a printed exercise letter cannot be mistaken for a real one.
 */
final class DrillDocumentMarks implements DocumentMarks {

    static final String PREFIX = "[DRILL] ";
    private static final Pattern BODY = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final String BANNER = "border: 2px solid #b3261e; color: #b3261e; font-weight: bold; "
            + "padding: 4pt 8pt; margin: 0 0 10pt 0;";
    private static final String WATERMARK = "position: fixed; top: 45%; left: 0; right: 0; text-align: center; "
            + "font-size: 90pt; font-weight: bold; color: #e0e0e0; z-index: -1;";

    private final MessageSource messages;

    DrillDocumentMarks(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String subject(String subject) {
        return subject == null || subject.startsWith(PREFIX) ? subject : PREFIX + subject;
    }

    @Override
    public String text(String text, String language) {
        return text == null ? null : PREFIX + notice(language) + "\n\n" + text;
    }

    @Override
    public String html(String html, String language) {
        return insertAfterBody(html, banner(language));
    }

    @Override
    public String print(String xhtml, String language) {
        return insertAfterBody(xhtml, "<div style=\"" + WATERMARK + "\">DRILL</div>" + banner(language));
    }

    private String banner(String language) {
        return "<div class=\"drill-mark\" style=\"" + BANNER + "\">" + HtmlUtils.htmlEscape(notice(language)) + "</div>";
    }

    private String notice(String language) {
        return messages.getMessage("drill.mark.document", null, Locale.forLanguageTag(language == null ? "en" : language));
    }

    private static String insertAfterBody(String html, String mark) {
        if (html == null) {
            return null;
        }
        Matcher body = BODY.matcher(html);
        return body.find() ? html.substring(0, body.end()) + mark + html.substring(body.end()) : mark + html;
    }
}
