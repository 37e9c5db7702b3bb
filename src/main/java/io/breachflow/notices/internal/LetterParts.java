package io.breachflow.notices.internal;

/**
 * One language of a letter as rendered: subject line, plain-text part, HTML part and the print version
 * (XHTML for the PDF). May hold personal data (the name): never log it.
 */
public record LetterParts(String subject, String text, String html, String printHtml) {

    @Override
    public String toString() {
        return "LetterParts[subject length " + subject.length() + "]";
    }
}
