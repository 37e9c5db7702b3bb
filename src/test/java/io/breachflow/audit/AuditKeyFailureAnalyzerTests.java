package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Outside the default profile, start-up without an audit key stops with one line saying what to set. */
class AuditKeyFailureAnalyzerTests {

    @Test
    void aMissingKeyIsExplainedInOneLine() {
        AuditProperties none = new AuditProperties(null, null, List.of(), null, null, null, null, null);
        MissingAuditKeyException missing = org.assertj.core.api.Assertions.catchThrowableOfType(
                MissingAuditKeyException.class, () -> AuditConfiguration.currentKey(none, false));

        FailureAnalysis analysis = new AuditKeyFailureAnalyzer()
                .analyze(new BeanCreationException("auditKeys", "Error creating bean", missing));

        assertThat(analysis.getDescription()).isEqualTo("Expected an audit key in BREACHFLOW_AUDIT_KEY "
                + "(breachflow.audit.key) or breachflow.audit.key-file, but neither is set").doesNotContain("\n");
        assertThat(analysis.getAction()).contains("BREACHFLOW_AUDIT_KEY", "outside the database");
    }
}
