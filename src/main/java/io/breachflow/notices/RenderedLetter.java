package io.breachflow.notices;

/**
 * One language of a letter version as the approver sees it: the mail's subject, HTML and text parts and
 * the print version as PDF.
 */
public record RenderedLetter(String language, String subject, String html, String text, byte[] pdf) {
}
