package io.breachflow.notices.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RFC 2047 encoded words and RFC 5322 quoted strings for header values, without Jakarta Mail's
 * per-call provider lookup (which costs more than the rest of a letter).
 */
final class MimeWords {

    private static final int MAX_BYTES_PER_WORD = 45; // 60 base64 characters: words stay under 75

    private MimeWords() {
    }

    /** A header text: plain when printable ASCII, otherwise UTF-8 B-encoded words folded onto lines. */
    static String text(String value) {
        return isPlainAscii(value) ? value : encodedWords(value);
    }

    /** A display name for an address header: a quoted string, or encoded words. */
    static String displayName(String value) {
        if (isPlainAscii(value)) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return encodedWords(value);
    }

    private static boolean isPlainAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static String encodedWords(String value) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < value.length()) {
            int end = start;
            int bytes = 0;
            while (end < value.length()) {
                int cp = value.codePointAt(end);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > MAX_BYTES_PER_WORD) {
                    break;
                }
                bytes += size;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append("\r\n ");
            }
            out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(
                    value.substring(start, end).getBytes(StandardCharsets.UTF_8))).append("?=");
            start = end;
        }
        return out.toString();
    }
}
