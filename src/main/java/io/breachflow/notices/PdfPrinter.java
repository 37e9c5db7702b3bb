package io.breachflow.notices;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns the print version of a letter or report (well-formed XHTML, with {@code @page} CSS) into PDF
 * with openhtmltopdf, embedding subsets of two shipped fonts so Korean and Japanese letters print
 * without depending on the fonts of the machine: {@value #KOREAN} (from NanumGothic, OFL-1.1: Latin and all
 * Hangul syllables) and {@value #JAPANESE} (Droid Sans Fallback, Apache-2.0: Kana and CJK ideographs).
 * Templates name both in {@code font-family}; a glyph missing in the first is taken from the next.
 * Shared by notices (postal letters) and filings (authority attachments).
 */
public final class PdfPrinter {

    /** A font family the print templates name in their CSS, for Latin and Hangul. */
    public static final String KOREAN = "Breachflow Hangul Gothic";
    /** A font family the print templates name in their CSS, for Kana and CJK ideographs. */
    public static final String JAPANESE = "Droid Sans Fallback";

    private static final byte[] HANGUL = loadFont("/fonts/hangul/BreachflowHangulGothic.ttf");
    private static final byte[] DROID = loadFont("/fonts/droid/DroidSansFallbackFull.ttf");

    private PdfPrinter() {
    }

    /**
     * @param xhtml a complete, well-formed document
     * @return the PDF bytes
     * @throws IllegalArgumentException when the document is not well-formed
     */
    public static byte[] print(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (int weight : new int[] {400, 700}) {
                builder.useFont(() -> new ByteArrayInputStream(HANGUL), KOREAN, weight, FontStyle.NORMAL, true);
                builder.useFont(() -> new ByteArrayInputStream(DROID), JAPANESE, weight, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Expected a well-formed print document, but rendering failed: "
                    + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static byte[] loadFont(String resource) {
        try (InputStream in = PdfPrinter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Expected the font " + resource + " on the classpath, but it is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
