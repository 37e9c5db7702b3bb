package io.breachflow.notices.internal;

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
 *
 * <p>Letters are printed with {@link PrintFonts}, as approval PDFs are: the shipped fonts (Latin, Hangul,
 * kana, CJK ideographs), with the configured fonts in front of them. A letter with a character that none
 * of them has is never printed (it would show {@code #}): {@link #unprintable} says so before it is queued.
 */
public final class PostalBatches {

    private static final String[] MANIFEST_HEADER = {"first_page", "pages", "reference", "ledger_id", "name",
        "postal_address"};

    private final Path directory;
    private final PrintFonts fonts;

    /**
     * @param fonts TrueType fonts put in front of the shipped ones (for scripts these lack); may be empty
     * @throws IllegalArgumentException when a font cannot be read or embedded, naming it
     */
    public PostalBatches(Path directory, List<Path> fonts) {
        this.directory = directory;
        this.fonts = PrintFonts.withConfigured(fonts);
    }

    /** The characters of a letter's print HTML that no font can print, in order; empty when it can be printed. */
    List<Integer> unprintable(String html) {
        return fonts.unprintableInHtml(html);
    }

    /**
     * Writes one batch named after its first ledger row; returns the file's name.
     *
     * @throws IllegalArgumentException when a letter has characters no font can print (nothing is written)
     */
    String write(long runId, List<PostalLetter> letters) throws IOException {
        for (PostalLetter letter : letters) {
            if (!unprintable(letter.html()).isEmpty()) {
                throw new IllegalArgumentException("Expected every postal letter of run " + runId + " to be printable, "
                        + "but the letter of ledger row " + letter.ledgerId() + " has characters no print font has");
            }
        }
        Files.createDirectories(directory);
        String base = "run-" + runId + "-batch-" + letters.get(0).ledgerId();
        Path pdfTemp = directory.resolve(base + ".pdf.tmp");
        Path manifestTemp = directory.resolve(base + ".csv.tmp");
        try (PDDocument document = new PDDocument();
                Writer manifest = Files.newBufferedWriter(manifestTemp, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(manifest)) {
            csv.writeRecord(MANIFEST_HEADER);
            // one subset of each font for the whole batch
            PrintFonts.Loaded loaded = fonts.loadInto(document);
            for (PostalLetter letter : letters) {
                int first = document.getNumberOfPages() + 1;
                render(loaded, letter.html());
                csv.writeRecord(String.valueOf(first), String.valueOf(document.getNumberOfPages() - first + 1),
                        CsvCells.safe(letter.reference()), String.valueOf(letter.ledgerId()),
                        CsvCells.safe(letter.name()), CsvCells.safe(letter.postalAddress()));
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

    /** Appends one letter's pages; with configured fonts, they are put in front for the whole letter. */
    private void render(PrintFonts.Loaded loaded, String html) throws IOException {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        fonts.frontRule(parsed.select("html").attr("lang"))
                .ifPresent(rule -> parsed.head().appendElement("style").text(rule));
        loaded.append(new PdfRendererBuilder().withW3cDocument(new W3CDom().fromJsoup(parsed), "/"));
    }

    private static void readManifest(Path file, Set<Long> candidates, Set<Long> found) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            reader.stream().skip(1).map(record -> Long.parseLong(record.getField(3))).filter(candidates::contains)
                    .forEach(found::add);
        }
    }
}
