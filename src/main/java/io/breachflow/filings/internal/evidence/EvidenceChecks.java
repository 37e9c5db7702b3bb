package io.breachflow.filings.internal.evidence;

import io.breachflow.filings.EvidenceRefusedException;
import io.breachflow.filings.EvidenceRefusedException.Reason;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The locker's input checks, each failing with the {@link EvidenceRefusedException} the API answers with. */
@Component
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceChecks {

    private final IncidentIntake incidents;
    private final long maxBytes;

    EvidenceChecks(IncidentIntake incidents, EvidenceProperties properties) {
        this.incidents = incidents;
        this.maxBytes = properties.maxSize().toBytes();
    }

    /** The incident id in canonical form; fails unless it names a reported incident. */
    public String requireIncident(String incidentId) {
        String canonical = uuid(incidentId, "incidentId");
        try {
            incidents.currentFacts(IncidentId.of(canonical));
            return canonical;
        } catch (NoSuchElementException e) {
            throw new EvidenceRefusedException(Reason.NOT_FOUND, "incidentId",
                    "Expected incident " + incidentId + ", but there is none");
        }
    }

    /** The file's bytes: not empty, and at most the configured size (reading no more than one byte past it). */
    public byte[] read(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new EvidenceRefusedException(Reason.TOO_LARGE, "file", "must be at most " + maxBytes + " bytes");
            }
            if (bytes.length == 0) {
                throw new EvidenceRefusedException(Reason.INVALID, "file", "must not be empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest file the locker takes, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Who received a package: the police force or unit, at most 200 characters, or null when not given. */
    public static String handedTo(String handedTo) {
        if (handedTo == null || handedTo.isBlank()) {
            return null;
        }
        String text = handedTo.strip();
        if (text.length() > 200 || text.chars().anyMatch(Character::isISOControl)) {
            throw new EvidenceRefusedException(Reason.INVALID, "handedTo",
                    "must name the police force or unit in at most 200 characters");
        }
        return text;
    }

    /** {@code text} in canonical UUID form, or a 400 naming {@code field}. */
    public static String uuid(String text, String field) {
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new EvidenceRefusedException(Reason.INVALID, field, "must be a UUID");
        }
    }

    /** A police case number: 1 to 100 characters after trimming. */
    public static String caseNumber(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank() || caseNumber.strip().length() > 100) {
            throw new EvidenceRefusedException(Reason.INVALID, "caseNumber",
                    "must be the police case number (1 to 100 characters)");
        }
        return caseNumber.strip();
    }
}
