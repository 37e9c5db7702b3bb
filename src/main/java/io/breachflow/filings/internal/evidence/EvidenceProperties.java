package io.breachflow.filings.internal.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code breachflow.filings.evidence.*}: the largest file the locker takes (default 25MB; files are kept
 * in the database, so this bounds memory per upload too). Spring's own multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) must be at least this large.
 */
@ConfigurationProperties("breachflow.filings.evidence")
public record EvidenceProperties(@DefaultValue("25MB") DataSize maxSize) {
}
