package io.breachflow.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.audit.*}: the secret that keys the chain and where its checkpoints go. The key is
 * deliberately never read from or written to the database, so whoever owns the database cannot recompute
 * the chain after changing it.
 *
 * @param key the HMAC-SHA256 key (env {@code BREACHFLOW_AUDIT_KEY}), at least 32 characters; wins over {@code keyFile}
 * @param keyFile a file holding the key (first line); in the default profile generated on first start when missing
 * @param previousKeys keys used before a rotation, kept so that older entries and checkpoints still verify
 * @param checkpointFile the append-only file of signed checkpoints, outside the database
 * @param checkpointInterval how often the chain is verified and, when intact and grown, checkpointed
 * @param auditorMail where each new checkpoint and every break are mailed (none when blank)
 * @param dpoMail where a break is mailed besides the auditors (defaults to the workflow's DPO address)
 * @param mailFrom the sender of those mails
 */
@ConfigurationProperties("breachflow.audit")
record AuditProperties(String key, Path keyFile, @DefaultValue List<String> previousKeys,
        @DefaultValue("./data/audit-checkpoints.log") Path checkpointFile,
        @DefaultValue("PT15M") Duration checkpointInterval, String auditorMail, String dpoMail, String mailFrom) {

    /** The key file generated in the default profile when neither a key nor a key file is set. */
    static final Path GENERATED_KEY_FILE = Path.of("data", "audit.key");
}
