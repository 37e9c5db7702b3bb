package io.breachflow.notices.internal;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Every cohort import test again on PostgreSQL, where rows go in through {@code COPY} (skipped without
 * {@code BREACHFLOW_TEST_POSTGRES_URL}; CI sets it).
 */
@EnabledIfEnvironmentVariable(named = "BREACHFLOW_TEST_POSTGRES_URL", matches = ".+")
class PostgresCohortImporterTests extends CohortImporterTests {

    @Override
    NoticeDatabase openDatabase() {
        return NoticeDatabase.postgres();
    }
}
