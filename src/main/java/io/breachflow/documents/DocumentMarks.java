package io.breachflow.documents;

/**
 * What is stamped on every document Breachflow renders, after its template: nothing normally, "DRILL" in a
 * drill (a subject prefix, a banner on HTML, a watermark on print), so an exercise letter or report can never
 * pass for a real one. One hook for every letter and report template instead of a line in each; letters and
 * reports are hashed from their template files and fields, so a mark changes no approval.
 */
public interface DocumentMarks {

    /** Marks nothing. */
    DocumentMarks NONE = new DocumentMarks() {
    };

    /** A mail or letter subject. */
    default String subject(String subject) {
        return subject;
    }

    /** A plain-text body in {@code language}. */
    default String text(String text, String language) {
        return text;
    }

    /** An HTML document (mail body, report) in {@code language}; print versions go through {@link #print} too. */
    default String html(String html, String language) {
        return html;
    }

    /** A well-formed print document (XHTML for the PDF printer) in {@code language}. */
    default String print(String xhtml, String language) {
        return xhtml;
    }
}
