package io.breachflow.filings.internal.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.breachflow.filings.EvidenceItem;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a package manifest as pretty-printed JSON: the package, then every item with its SHA-256,
 * size, media type and custody so far. The manifest text is what gets hashed, stored and handed over.
 */
@Component
public class EvidenceManifests {

    /** The manifest document; {@code format} names this layout so later versions can be told apart. */
    record Manifest(String format, String packageId, String incidentId, String createdBy, Instant createdAt,
                    List<EvidenceItem> items) {
    }

    private final ObjectMapper mapper;

    EvidenceManifests(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public String write(String packageId, String incidentId, String createdBy, Instant createdAt,
            List<EvidenceItem> items) {
        try {
            return mapper.writeValueAsString(new Manifest("breachflow-evidence-manifest/1", packageId, incidentId,
                    createdBy, createdAt, items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected the manifest to serialise, but it did not", e);
        }
    }
}
