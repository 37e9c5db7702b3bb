package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.notices.CohortImport;
import io.breachflow.notices.CohortNameTakenException;
import io.breachflow.notices.CohortQuery;
import io.breachflow.notices.ImportReject;
import io.breachflow.notices.NewCohort;
import java.io.StringReader;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CohortImporterTests {

    private final NoticeDatabase db = openDatabase();
    private final CohortImporter importer = new CohortImporter(db.dataSource(), Clock.systemUTC());

    /** H2 here; {@link PostgresCohortImporterTests} runs every test again on PostgreSQL (the COPY path). */
    NoticeDatabase openDatabase() {
        return new NoticeDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aJurisdictionNoStandardKnowsIsARejectWithItsLineAndTheKeptAreCountedPerChannelAndJurisdiction() {
        String csv = """
                person_id,name,email,phone,jurisdiction,language,postal_address
                p1,A,a@example.com,,KR,ko,
                p2,B,,+821012345678,XX,ko,
                p3,C,,,US-CA,en,1 Main Street
                p4,D,,,US-ZZ,en,
                p5,E,,,UK,en,
                p6,F,,+821012345679,KR,ko,
                """;

        CohortImport result = importer.importCsv("test", new StringReader(csv));

        assertThat(result.accepted()).isEqualTo(4);
        assertThat(result.firstRejects()).containsExactly(
                new ImportReject(3, "jurisdiction is not a known ISO 3166 code such as KR or US-CA"),
                new ImportReject(5, "jurisdiction is not a known ISO 3166 code such as KR or US-CA"));
        assertThat(db.jdbc.queryForList("SELECT jurisdiction || ':' || channel || ':' || people FROM notice_cohort_count "
                + "WHERE cohort_id = ? ORDER BY jurisdiction, channel", String.class, result.cohortId()))
                .containsExactly("KR:EMAIL:1", "KR:SMS:1", "UK:NONE:1", "US-CA:POST:1");
    }

    @Test
    void aCohortNameIsUsedOnceIgnoringCaseAndSpacesAndARefusedImportLeavesNothing() {
        String csv = "person_id,name,email,phone,jurisdiction,language\np1,A,a@example.com,,KR,ko\n";
        importer.importCsv(new NewCohort("a.csv", "Wave 1", null, "officer"), new StringReader(csv));

        assertThatThrownBy(() -> importer.importCsv(new NewCohort("b.csv", "  wave 1 ", null, "dpo"),
                new StringReader(csv))).isInstanceOf(CohortNameTakenException.class);
        assertThat(db.jdbc.queryForList("SELECT name || ':' || created_by FROM notice_cohort", String.class))
                .containsExactly("Wave 1:officer");
    }

    @Test
    void keepsGoodRowsAndReportsEachBadRowWithItsLineAndReasonDroppingInvalidAddressesWithANote() {
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

        assertThat(result.accepted()).isEqualTo(5);
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(result.duplicates()).isZero();
        assertThat(result.firstRejects()).containsExactly(
                new ImportReject(3, "person_id is missing"),
                new ImportReject(6, "language must be one of ko, en, ja"),
                new ImportReject(7, "expected 6 columns, but found 2"));
        assertThat(db.jdbc.queryForList("SELECT person_id || ':' || COALESCE(email, '-') || ':' || COALESCE(phone, '-') "
                + "|| ':' || COALESCE(address_note, '-') FROM notice_recipient WHERE cohort_id = ? ORDER BY line_no",
                String.class, result.cohortId())).containsExactly(
                "p1:minji@example.com:+821012345678:-",
                "p3:-:-:email is not a valid address",
                "p4:ok@example.com:-:phone is not in E.164 form",
                "p7:quoted@example.com:-:-",
                "p8:tanaka@example.jp:-:-");
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
                .hasMessage("Expected the header person_id,name,email,phone,jurisdiction,language (optionally followed "
                        + "by ,postal_address), but found another header");
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_cohort", Long.class)).isZero();
    }

    @Test
    void readsAPostalAddressColumnWhenTheHeaderHasOne() {
        CohortImport result = importer.importCsv("post", new StringReader("""
                person_id,name,email,phone,jurisdiction,language,postal_address
                p1,Kim,,,KR,ko,"12 Sejong-daero, Jung-gu, Seoul"
                """));

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(db.jdbc.queryForObject("SELECT postal_address FROM notice_recipient WHERE cohort_id = ?",
                String.class, result.cohortId())).isEqualTo("12 Sejong-daero, Jung-gu, Seoul");
    }

    @Test
    void streamsACohortFromACustomerDatabaseQueryWithRowNumberedRejectsAndDuplicates() {
        db.jdbc.execute("CREATE TABLE customers (id VARCHAR(64), full_name VARCHAR(200), mail VARCHAR(254), "
                + "mobile VARCHAR(20), country VARCHAR(8), lang VARCHAR(2), affected BOOLEAN)");
        db.jdbc.update("INSERT INTO customers VALUES ('c1', 'Kim', 'kim@example.com', NULL, 'KR', 'ko', TRUE), "
                + "('c2', 'Lee', NULL, '+821011112222', 'KR', 'ko', TRUE), "
                + "('c3', 'Nope', 'nope@example.com', NULL, 'KR', 'xx', TRUE), "
                + "('c1', 'Kim again', 'kim2@example.com', NULL, 'KR', 'ko', TRUE), "
                + "('c9', 'Unaffected', 'u@example.com', NULL, 'KR', 'ko', FALSE)");

        CohortImport result = importer.importQuery("customers", db.dataSource(), CohortQuery.of(
                "SELECT id AS person_id, full_name AS name, mail AS email, mobile AS phone, country AS jurisdiction, "
                + "lang AS language FROM customers WHERE affected = ? ORDER BY id, full_name", true));

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.withoutEmail()).isEqualTo(1);
        assertThat(result.firstRejects()).containsExactly(
                new ImportReject(2, "duplicate person_id"), new ImportReject(4, "language must be one of ko, en, ja"));
    }

    @Test
    void refusesAQueryWhoseColumnsAreNotTheCohortColumnsLeavingNoCohort() {
        assertThatThrownBy(() -> importer.importQuery("bad", db.dataSource(),
                CohortQuery.of("SELECT 1 AS id, 'x' AS mail")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Expected the header");
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_cohort", Long.class)).isZero();
    }

    @Test
    void keepsNamesWithTabsNewlinesBackslashesAndQuotesExactlyAndRejectsANulCharacter() {
        String name = "Kim \\N \"Minji\"\tO'Brien\r\nline two \\\\ end";
        String csv = "person_id,name,email,phone,jurisdiction,language\n"
                + "p1,\"" + name.replace("\"", "\"\"") + "\",kim@example.com,,KR,ko\n"
                + "p2,Nul\0Byte,nul@example.com,,KR,ko\n"
                + "p3,,,,KR,ko\n";

        CohortImport result = importer.importCsv("escapes", new StringReader(csv));

        assertThat(result.accepted()).isEqualTo(2);
        // p1's quoted name spans lines 2 and 3, so p2 starts on line 4
        assertThat(result.firstRejects()).containsExactly(new ImportReject(4, "a field contains a NUL character"));
        assertThat(db.jdbc.queryForObject("SELECT name FROM notice_recipient WHERE cohort_id = ? AND person_id = 'p1'",
                String.class, result.cohortId())).isEqualTo(name);
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_recipient WHERE cohort_id = ? "
                + "AND person_id = 'p3' AND name IS NULL AND email IS NULL", Long.class, result.cohortId())).isOne();
    }

    @Test
    void aFileSavedAsExcelCsvUtf8WithAByteOrderMarkIsRead() {
        CohortImport result = importer.importCsv("bom", new StringReader(
                "\uFEFFperson_id,name,email,phone,jurisdiction,language\np1,Kim,kim@example.com,,KR,ko\n"));

        assertThat(result.accepted()).isOne();
    }

    @Test
    void aRowOverTheColumnOrFieldLimitIsRefusedLeavingNoCohort() {
        String wide = "person_id,name,email,phone,jurisdiction,language\n" + ",".repeat(16_384) + "\n";

        assertThatThrownBy(() -> importer.importCsv("wide", new StringReader(wide)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16,384 columns");
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_cohort", Long.class)).isZero();
    }

    @Test
    void anUploadThatBreaksOffHalfWayLeavesNoCohortRowsOrRejectsBehind() {
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int i = 1; i <= 90_000; i++) { // past the first commit (every 50,000 rows)
            csv.append("p").append(i).append(",Name,").append(i % 100 == 0 ? "bad" : "p" + i + "@example.com")
                    .append(",,KR,").append(i % 1000 == 0 ? "xx" : "ko").append('\n');
        }
        java.io.Reader breaksOff = new java.io.FilterReader(new StringReader(csv.toString())) {
            private int read;

            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                if (read > csv.length() * 2 / 3) {
                    throw new java.io.IOException("connection reset");
                }
                int n = super.read(buffer, offset, length);
                read += Math.max(n, 0);
                return n;
            }
        };

        assertThatThrownBy(() -> importer.importCsv("broken", breaksOff)).hasRootCauseMessage("connection reset");
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_cohort", Long.class)).isZero();
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_recipient", Long.class)).isZero();
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_cohort_reject", Long.class)).isZero();
    }

    @Test
    void moreRepeatedPeopleThanTheImportTracksAreStillAllFoundByCheckingTheWholeCohort() {
        int people = RecipientSink.MAX_CANDIDATES + 1;
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= people; i++) {
                csv.append("p").append(i).append(",R").append(round).append(',')
                        .append(round == 1 && i % 2 == 0 ? "" : "p" + i + "@example.com").append(",,KR,ko\n");
            }
        }

        CohortImport result = importer.importCsv("every id twice", new StringReader(csv.toString()));

        assertThat(result.accepted()).isEqualTo(people);
        assertThat(result.duplicates()).isEqualTo(people);
        assertThat(result.withoutEmail()).isZero();
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_recipient WHERE cohort_id = ? AND name = 'R0'",
                Long.class, result.cohortId())).isEqualTo(people);
    }

    @Test
    void aLargeCohortWithDuplicatesAndRejectsAcrossManyBatchesCountsEveryRowOnce() {
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        int rows = 23_456;
        for (int i = 1; i <= rows; i++) {
            if (i % 1000 == 0) {
                csv.append("p").append(i).append(",Bad,bad@example.com,,KR,xx\n"); // rejected
            } else if (i % 777 == 0) {
                csv.append("p").append(i - 1).append(",Again,,,KR,ko\n"); // duplicate of the row above
            } else {
                csv.append("p").append(i).append(",Name ").append(i).append(',')
                        .append(i % 10 == 0 ? "" : "p" + i + "@example.com").append(",,KR,ko\n");
            }
        }

        CohortImport result = importer.importCsv("large", new StringReader(csv.toString()));

        long rejected = rows / 1000;
        long duplicates = rows / 777 - rows / (777 * 1000);
        assertThat(result.rejected()).isEqualTo(rejected);
        assertThat(result.duplicates()).isEqualTo(duplicates);
        assertThat(result.accepted()).isEqualTo(rows - rejected - duplicates);
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_recipient WHERE cohort_id = ?", Long.class,
                result.cohortId())).isEqualTo(result.accepted());
        assertThat(result.withoutEmail()).isEqualTo(db.jdbc.queryForObject("SELECT count(*) FROM notice_recipient "
                + "WHERE cohort_id = ? AND email IS NULL", Long.class, result.cohortId()));
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM notice_cohort_reject WHERE cohort_id = ?", Long.class,
                result.cohortId())).isEqualTo(rejected + duplicates);
    }
}
