package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostalBatchesTests {

    @TempDir
    Path mailhouse;

    @Test
    void writesOnePdfWithEachLetterOnItsOwnPagesAndAManifestForTheMailHouse() throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        String file = post.write(7, List.of(
                new PostalLetter(11, "<run-7-p-11@breachflow>", "Ann <b>Lee</b>", "1 Main St, Sacramento, CA", html("Ann")),
                new PostalLetter(12, "<run-7-p-12@breachflow>", null, "2 Main St, Sacramento, CA", html("Bob"))));

        assertThat(file).isEqualTo("run-7-batch-11.pdf");
        try (PDDocument pdf = Loader.loadPDF(mailhouse.resolve(file).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Dear Ann").contains("Dear Bob");
        }
        assertThat(Files.readAllLines(mailhouse.resolve("run-7-batch-11.csv"))).containsExactly(
                "first_page,pages,reference,ledger_id,name,postal_address",
                "1,1,<run-7-p-11@breachflow>,11,Ann <b>Lee</b>,\"1 Main St, Sacramento, CA\"",
                "2,1,<run-7-p-12@breachflow>,12,,\"2 Main St, Sacramento, CA\"");
        assertThat(post.handedOver(7, Set.of(12L, 13L))).isEqualTo(Set.of(12L));
    }

    @Test
    void aPdfLeftWithoutItsManifestByACrashIsNotHandedOverAndIsRemoved() throws Exception {
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        post.write(8, List.of(new PostalLetter(21, "<run-8-p-21@breachflow>", "C", "3 Main St", html("C"))));
        Files.delete(mailhouse.resolve("run-8-batch-21.csv"));

        assertThat(post.handedOver(8, Set.of(21L))).isEmpty();
        assertThat(mailhouse.resolve("run-8-batch-21.pdf")).doesNotExist();
    }

    private static String html(String name) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Notice</title></head>"
                + "<body><p>Dear " + name + ",</p><p>We are writing to tell you about a breach.</p></body></html>";
    }
}
