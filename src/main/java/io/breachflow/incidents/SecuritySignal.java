package io.breachflow.incidents;

import java.time.OffsetDateTime;

/**
 * One signal from a SIEM, a ticketing tool, a person or Breachflow itself. {@code source} and
 * {@code reference} identify it (sending it again changes nothing); {@code summary} is free text and is
 * stored, never logged nor handed to processes.
 */
public record SecuritySignal(String source, String reference, String type, String severity,
                             OffsetDateTime observedAt, String summary) {
}
