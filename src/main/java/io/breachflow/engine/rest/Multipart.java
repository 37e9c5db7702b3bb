package io.breachflow.engine.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body split into its parts (RFC 7578), enough for {@code POST /v2/deployments}:
 * each part's form name, file name (if any) and content bytes. The whole body is in memory already, capped by
 * the server's request size.
 */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?<![a-z])name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    /** One part: its form field name, its file name (null for a plain field) and its bytes. */
    record Part(String name, String filename, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")
                || !boundary.find()) {
            throw Problem.invalid("Expected a multipart/form-data request with a boundary, but the content type was "
                    + contentType);
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts;
            }
            int headersEnd = indexOf(body, HEADER_END, start);
            int next = indexOf(body, delimiter, start);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                break;
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            int contentEnd = next - 2; // the CRLF before the next delimiter belongs to it
            parts.add(part(headers, Arrays.copyOfRange(body, headersEnd + HEADER_END.length,
                    Math.max(headersEnd + HEADER_END.length, contentEnd))));
            at = next;
        }
        throw Problem.invalid("Expected a well-formed multipart/form-data body ending in its closing boundary, "
                + "but it was cut short");
    }

    private static Part part(String headers, byte[] content) {
        String disposition = headers.lines().filter(line -> line.toLowerCase().startsWith("content-disposition:"))
                .findFirst().orElse("");
        Matcher name = NAME.matcher(disposition);
        Matcher filename = FILENAME.matcher(disposition);
        return new Part(name.find() ? name.group(1) : "", filename.find() ? filename.group(1) : null, content);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
