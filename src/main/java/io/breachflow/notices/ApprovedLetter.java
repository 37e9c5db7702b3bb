package io.breachflow.notices;

/**
 * The approved letter a run sends.
 *
 * @param template the letter under {@code templates/letters/}, e.g. {@code generic/notice}; the language
 *     suffix and extension are added per recipient
 * @param version the approved version's id
 * @param contentHash SHA-256 (hex) of the template files, as approved; a run refuses to start when the
 *     files on disk no longer match
 */
public record ApprovedLetter(String template, String version, String contentHash) {
}
