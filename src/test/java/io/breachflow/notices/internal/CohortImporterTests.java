package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.notices.CohortImport;
import io.breachflow.notices.ImportReject;
import java.io.StringReader;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CohortImporterTests {

    private final NoticeDatabase db = new NoticeDatabase();
    private final CohortImporter importer = new CohortImporter(db.dataSource(), Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void keepsGoodRowsAndReportsEachBadRowWithItsLineAndReason() {
        String csv = """
                person_id,name,email,phone,jurisdiction,language
                p1,Kim Minji,minji@example.com,+821012345678,KR,ko
                ,No Id,noid@example.com,,KR,ko
                p3,Bad Mail,not-an-email,,KR,ko
                p4,Bad Phone,ok@example.com,12345,KR,ko
                p5,Bad Language,lang@example.com,,KR,de
                p6,Too few columns
                p7,"Quoted, with comma",quoted@example.com,,US-CA,en
                p8,Tanaka,tanaka@example.jp,,JP,ja
                """;

        CohortImport result = importer.importCsv("test", new StringReader(csv));

        assertThat(result.accepted()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(result.duplicates()).isZero();
        assertThat(result.firstRejects()).containsExactly(
                new ImportReject(3, "person_id is missing"),
                new ImportReject(4, "email is not a valid address"),
                new ImportReject(5, "phone is not in E.164 form (+ and 7 to 15 digits)"),
                new ImportReject(6, "language must be one of ko, en, ja"),
                new ImportReject(7, "expected 6 columns, but found 2"));
        assertThat(db.jdbc.queryForList("SELECT person_id FROM notice_recipient WHERE cohort_id = ? ORDER BY line_no",
                String.class, result.cohortId())).containsExactly("p1", "p7", "p8");
    }

    @Test
    void keepsTheFirstRowOfAPersonAndReportsLaterDuplicates() {
        String csv = """
                person_id,name,email,phone,jurisdiction,language
                p1,First,first@example.com,,KR,ko
                p2,Other,other@example.com,,KR,ko
                p1,Second,second@example.com,,KR,ko
                p1,Third,third@example.com,,KR,ko
                """;

        CohortImport result = importer.importCsv("dupes", new StringReader(csv));

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(result.firstRejects()).containsExactly(
                new ImportReject(4, "duplicate person_id"), new ImportReject(5, "duplicate person_id"));
        assertThat(db.jdbc.queryForObject("SELECT email FROM notice_recipient WHERE cohort_id = ? AND person_id = 'p1'",
                String.class, result.cohortId())).isEqualTo("first@example.com");
    }

    @Test
    void keepsPeopleWithoutAnEmailAddressForAFallbackChannel() {
        String csv = """
                person_id,name,email,phone,jurisdiction,language
                p1,Phone Only,,+821099998888,KR,ko
                p2,Post Only,,,KR,ko
                """;

        CohortImport result = importer.importCsv("fallback", new StringReader(csv));

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.withoutEmail()).isEqualTo(2);
    }

    @Test
    void refusesAFileWithoutTheExpectedHeaderNamingNoValue() {
        assertThatThrownBy(() -> importer.importCsv("bad", new StringReader("id,mail\n1,a@b.c\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected the header person_id,name,email,phone,jurisdiction,language, but found another header");
    }
}
