package io.breachflow.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Reads a drafting sheet's fields (textareas and inputs of {@code #draft-form}) as a person would see them. */
final class SheetForms {

    private static final Pattern FIELD = Pattern.compile(
            "<(?:textarea|input)[^>]*?name=\"([A-Za-z_]+)\"[^>]*?(?:value=\"([^\"]*)\"[^>]*)?>(?:([^<]*)</textarea>)?");

    private SheetForms() {
    }

    /** Field name to its shown text, the hidden revision included, in page order. */
    static Map<String, String> fields(String page) {
        int start = page.indexOf("id=\"draft-form\"");
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(form);
        while (field.find()) {
            if (!field.group(1).startsWith("_") && !List.of("action").contains(field.group(1))) {
                String value = field.group(3) != null ? field.group(3) : field.group(2);
                fields.put(field.group(1), HtmlUtils.htmlUnescape(value == null ? "" : value).strip());
            }
        }
        return fields;
    }
}
