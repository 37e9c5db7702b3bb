package io.breachflow.notices;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.breachflow.notices.internal.PrintFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns the print version of a letter or report (well-formed XHTML, with {@code @page} CSS) into PDF
 * with openhtmltopdf, embedding subsets of two shipped fonts so Korean and Japanese letters print
 * without depending on the fonts of the machine: {@value #KOREAN} (from NanumGothic, OFL-1.1: Latin and all
 * Hangul syllables) and {@value #JAPANESE} (Droid Sans Fallback, Apache-2.0: Kana and CJK ideographs).
 * Templates name both in {@code font-family}; a glyph missing in the first is taken from the next, and
 * from any of them before a PDF standard font (see {@link PrintFonts}, which postal batches use too).
 * Shared by notices (postal letters) and filings (authority attachments).
 */
public final class PdfPrinter {

    /** A font family the print templates name in their CSS, for Latin and Hangul. */
    public static final String KOREAN = PrintFonts.KOREAN;
    /** A font family the print templates name in their CSS, for Kana and CJK ideographs. */
    public static final String JAPANESE = PrintFonts.JAPANESE;

    private PdfPrinter() {
    }

    /**
     * @param xhtml a complete, well-formed document
     * @return the PDF bytes
     * @throws IllegalArgumentException when the document is not well-formed
     */
    /**
     * The distinct characters of {@code text} that no shipped font (nor a PDF standard font) can print, which a
     * PDF would show as {@code #}: the drafting desk names them before a draft is sent, and drafting refuses them.
     */
    public static java.util.List<Integer> unprintable(CharSequence text) {
        return PrintFonts.shipped().unprintable(text);
    }

    /**
     * Refuses a print document with a character no shipped font has, naming the first few.
     *
     * @throws UnprintableTextException naming the characters and {@code what}
     */
    public static void requirePrintable(String what, String xhtml) {
        java.util.List<Integer> missing = PrintFonts.shipped().unprintableInHtml(xhtml);
        if (!missing.isEmpty()) {
            throw new UnprintableTextException("Expected every character of " + what + " to print, but no print font "
                    + "has " + UnprintableTextException.describe(missing));
        }
    }

    public static byte[] print(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PrintFonts.shipped().loadInto(document).append(new PdfRendererBuilder().withHtmlContent(xhtml, null));
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Expected a well-formed print document, but rendering failed: "
                    + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
