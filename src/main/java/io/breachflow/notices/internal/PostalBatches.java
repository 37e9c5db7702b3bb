package io.breachflow.notices.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Print-ready batches for a mail house: one PDF per batch (each letter starts on a new page) and a CSV
 * manifest next to it ({@code first_page,pages,reference,name,postal_address}) that the mail house
 * uses for envelopes. Both are written under a temporary name and moved into place, the manifest last:
 * a batch exists once its manifest does, and a PDF without a manifest (a crash between the two moves) is
 * deleted when the run resumes, its letters batched again. The manifest is how a resumed run knows which
 * claimed letters were already handed over, so none is printed twice.
 */
public final class PostalBatches {

    private static final String[] MANIFEST_HEADER = {"first_page", "pages", "reference", "ledger_id", "name",
        "postal_address"};

    private final Path directory;
    private final List<Path> fonts;

    /**
     * @param fonts TrueType fonts the letters may need (Hangul and kana are not in the PDF standard fonts)
     */
    public PostalBatches(Path directory, List<Path> fonts) {
        this.directory = directory;
        this.fonts = List.copyOf(fonts);
    }

    /** Writes one batch named after its first ledger row; returns the file's name. */
    String write(long runId, List<PostalLetter> letters) throws IOException {
        Files.createDirectories(directory);
        String base = "run-" + runId + "-batch-" + letters.get(0).ledgerId();
        Path pdfTemp = directory.resolve(base + ".pdf.tmp");
        Path manifestTemp = directory.resolve(base + ".csv.tmp");
        try (PDDocument document = new PDDocument();
                Writer manifest = Files.newBufferedWriter(manifestTemp, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(manifest)) {
            csv.writeRecord(MANIFEST_HEADER);
            for (PostalLetter letter : letters) {
                int first = document.getNumberOfPages() + 1;
                render(document, letter.html());
                csv.writeRecord(String.valueOf(first), String.valueOf(document.getNumberOfPages() - first + 1),
                        letter.reference(), String.valueOf(letter.ledgerId()), nullToEmpty(letter.name()),
                        letter.postalAddress());
            }
            document.save(pdfTemp.toFile());
        }
        Files.move(pdfTemp, directory.resolve(base + ".pdf"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(manifestTemp, directory.resolve(base + ".csv"), StandardCopyOption.ATOMIC_MOVE);
        return base + ".pdf";
    }

    /**
     * Which of {@code candidates} (ledger ids in doubt) are in the run's complete batches; PDFs left
     * without a manifest are removed. Only candidates are kept, so memory does not grow with the run.
     */
    Set<Long> handedOver(long runId, Set<Long> candidates) {
        Set<Long> ids = new HashSet<>();
        if (!Files.isDirectory(directory)) {
            return ids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "run-" + runId + "-batch-*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".csv")) {
                    readManifest(file, candidates, ids);
                } else if (name.endsWith(".tmp") || name.endsWith(".pdf")
                        && !Files.exists(directory.resolve(name.replace(".pdf", ".csv")))) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private void render(PDDocument document, String html) throws IOException {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        PdfRendererBuilder builder = new PdfRendererBuilder().usePDDocument(document);
        StringBuilder families = new StringBuilder();
        for (int i = 0; i < fonts.size(); i++) {
            builder.useFont(fonts.get(i).toFile(), "letter-font-" + i);
            families.append("'letter-font-").append(i).append("', ");
        }
        if (!fonts.isEmpty()) {
            parsed.head().appendElement("style").text("body { font-family: " + families + "serif; }");
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "/");
        // appends this letter's pages to the batch; run() would also save the document
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
        }
    }

    private static void readManifest(Path file, Set<Long> candidates, Set<Long> found) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.stream().skip(1).map(record -> Long.parseLong(record.getField(3))).filter(candidates::contains)
                    .forEach(found::add);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
