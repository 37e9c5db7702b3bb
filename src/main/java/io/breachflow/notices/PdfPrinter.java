package io.breachflow.notices;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns the print version of a letter or report (well-formed XHTML, with {@code @page} CSS) into PDF
 * with openhtmltopdf, embedding a subset of Droid Sans Fallback (Apache-2.0, covers Latin, Hangul, Kana
 * and CJK ideographs) as the family {@value #FONT_FAMILY}, so Korean and Japanese letters print
 * without depending on the fonts of the machine. Shared by notices (postal letters) and filings
 * (authority attachments).
 */
public final class PdfPrinter {

    /** The font family the print templates name in their CSS. */
    public static final String FONT_FAMILY = "Droid Sans Fallback";

    private static final byte[] FONT = loadFont();

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
            builder.useFont(() -> new java.io.ByteArrayInputStream(FONT), FONT_FAMILY);
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

    private static byte[] loadFont() {
        try (InputStream in = PdfPrinter.class.getResourceAsStream("/fonts/droid/DroidSansFallbackFull.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Expected the font fonts/droid/DroidSansFallbackFull.ttf on the "
                        + "classpath, but it is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
