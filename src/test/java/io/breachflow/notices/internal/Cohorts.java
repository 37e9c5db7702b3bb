package io.breachflow.notices.internal;

import java.io.StringReader;
import java.time.Clock;
import javax.sql.DataSource;

/** Synthetic cohorts for tests: person i has id p{i} and address person{i}@example.com. */
final class Cohorts {

    private Cohorts() {
    }

    static long synthetic(DataSource dataSource, int people) {
        StringBuilder csv = new StringBuilder(RecipientRow.HEADER).append('\n');
        for (int i = 1; i <= people; i++) {
            csv.append("p").append(i).append(",Person ").append(i).append(",person").append(i)
                    .append("@example.com,,KR,").append(i % 3 == 0 ? "en" : "ko").append('\n');
        }
        return of(dataSource, csv.toString());
    }

    static long of(DataSource dataSource, String csv) {
        return new CohortImporter(dataSource, Clock.systemUTC()).importCsv("test", new StringReader(csv)).cohortId();
    }
}
