package io.breachflow.demo;

import io.breachflow.filings.EvidenceLocker;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * The evidence the demo officer puts in the locker before the police referral: an excerpt of the export API's
 * access log naming only a key id, times and counts (no customer, no person), and the leaver record showing the key
 * was never revoked. Added through {@link EvidenceLocker}, so hashes and chain of custody are the real ones.
 */
@Component
class DemoEvidence {

    private static final String ACCESS_LOG = """
            # export-api access log excerpt (demo data, no personal data)
            time_utc,key_id,endpoint,status,records
            2025-06-24T17:02:11Z,sk-demo-7f3a,/internal/export/accounts,200,5000
            2025-06-24T17:09:45Z,sk-demo-7f3a,/internal/export/accounts,200,5000
            2025-06-24T17:16:02Z,sk-demo-7f3a,/internal/export/orders,200,5000
            """;

    private static final String LEAVER_RECORD = """
            Leaver record (demo data)
            Employee: Demo Employee 0042, left 2024-12-31
            Signing key sk-demo-7f3a: issued 2023-03-02, revoked: never (until the incident)
            """;

    private final EvidenceLocker locker;

    DemoEvidence(EvidenceLocker locker) {
        this.locker = locker;
    }

    void upload(String incidentId) {
        add(incidentId, "export-api-access-log.csv", "text/csv", "Export API access log excerpt: the key's requests",
                ACCESS_LOG);
        add(incidentId, "leaver-record.txt", "text/plain", "Leaver record: the signing key was never revoked",
                LEAVER_RECORD);
    }

    private void add(String incidentId, String name, String type, String description, String content) {
        locker.add(incidentId, new EvidenceLocker.NewEvidence(name, type, description,
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))), DemoDesk.OFFICER.username());
    }
}
