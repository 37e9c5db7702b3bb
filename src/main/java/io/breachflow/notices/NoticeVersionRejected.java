package io.breachflow.notices;

/** A letter version was rejected; a correction is drafted as a new version. */
public record NoticeVersionRejected(long versionId, String incidentId, String rejectedBy, String comment) {
}
