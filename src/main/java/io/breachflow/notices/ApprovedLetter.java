package io.breachflow.notices;

/**
 * The approved letter a run sends. Get it from {@link NoticeDrafting#approvedLetter(long)}, which only
 * hands out approved versions.
 *
 * <p>A run checks all three against the version store before anything is sent; a letter that names no
 * version, or a version, template or hash other than the approved one, is refused.
 *
 * @param template the approved version as {@code <regime>/<kind>@v<versionId>} (e.g.
 *     {@code KR-PIPA/individual-notice@v42}): the version's approved fields are rendered with each person's
 *     personalisation; the language suffix and extension are added per recipient
 * @param version the approved version's id, as in the template ({@code 42})
 * @param contentHash SHA-256 (hex) of the template files (and, for a drafted version, its languages and
 *     fields) as approved; a run refuses to start when they no longer match or the version is not approved
 */
public record ApprovedLetter(String template, String version, String contentHash) {
}
