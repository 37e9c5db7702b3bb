package io.breachflow.notices;

/**
 * The approved letter a run sends. Get it from {@link NoticeDrafting#approvedLetter(long)}, which only
 * hands out approved versions.
 *
 * @param template the letter under {@code templates/letters/}: a drafted version as
 *     {@code <regime>/<kind>@v<versionId>} (e.g. {@code KR-PIPA/individual-notice@v42}: the version's
 *     approved fields are rendered with each person's personalisation), or a plain letter without fields
 *     such as {@code generic/notice}; the language suffix and extension are added per recipient
 * @param version the approved version's id
 * @param contentHash SHA-256 (hex) of the template files (and, for a drafted version, its languages and
 *     fields) as approved; a run refuses to start when they no longer match or the version is not approved
 */
public record ApprovedLetter(String template, String version, String contentHash) {
}
