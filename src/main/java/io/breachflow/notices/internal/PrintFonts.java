package io.breachflow.notices.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.OpenUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.jsoup.Jsoup;

/**
 * The fonts every print PDF is rendered with, approval PDFs ({@code notices.PdfPrinter}) and postal batches
 * ({@link PostalBatches}) alike, and the check that a text can be printed with them.
 *
 * <p>The default is two shipped TrueType fonts ({@code src/main/resources/fonts/}): {@value #KOREAN} (a
 * renamed NanumGothic, OFL-1.1: Latin and all Hangul syllables) and {@value #JAPANESE} (Apache-2.0: kana and
 * CJK ideographs). Fonts configured for post ({@code breachflow.notices.post.fonts}) come in front of them.
 * Each font is registered twice on a renderer: under its family name, which print templates name in
 * {@code font-family}, and as a fallback that openhtmltopdf consults before the PDF standard fonts, so a
 * glyph that the named families lack is taken from any other of these fonts wherever it is, and the
 * standard fonts (Helvetica, Times: Latin-1 only, not embedded) are used only for what none of them has.
 * What none of them nor a standard font has would print as {@code #}: {@link #unprintable} finds it first.
 *
 * <p>In one PDF document each font is loaded once, when first needed, and shared by every letter rendered
 * into it, so a batch of letters embeds one subset of each font rather than one per letter.
 */
public final class PrintFonts {

    /** A font family the print templates name in their CSS, for Latin and Hangul. */
    public static final String KOREAN = "Breachflow Hangul Gothic";
    /** A font family the print templates name in their CSS, for Kana and CJK ideographs. */
    public static final String JAPANESE = "Droid Sans Fallback";
    /** Family names of configured fonts: {@code Breachflow Post Font 1}, {@code … 2} (in the order listed). */
    static final String CONFIGURED = "Breachflow Post Font ";

    private static final int[] WEIGHTS = {400, 700};
    /** What the PDF standard fonts (WinAnsiEncoding) can show; they are the last resort before '#'. */
    private static final BitSet STANDARD = standardFontCoverage();
    private static final PrintFonts SHIPPED = new PrintFonts(List.of(
            Face.shipped(KOREAN, "/fonts/hangul/BreachflowHangulGothic.ttf"),
            Face.shipped(JAPANESE, "/fonts/droid/DroidSansFallbackFull.ttf")), 0);

    private final List<Face> faces;
    private final int configured;
    private final BitSet coverage = new BitSet();

    private PrintFonts(List<Face> faces, int configured) {
        this.faces = List.copyOf(faces);
        this.configured = configured;
        faces.forEach(face -> coverage.or(face.coverage));
        coverage.or(STANDARD);
    }

    /** The shipped fonts alone, as approval PDFs use them. */
    public static PrintFonts shipped() {
        return SHIPPED;
    }

    /**
     * The configured fonts (TrueType {@code .ttf}/{@code .otf} with glyf outlines, or a {@code .ttc} of them)
     * in front of the shipped fonts; without any, the shipped fonts alone. Each file is read and test-embedded
     * here, so a font PDFBox cannot embed stops the postal channel from starting instead of failing a batch.
     *
     * @throws IllegalArgumentException naming the file and why it cannot be used
     */
    public static PrintFonts withConfigured(List<Path> files) {
        if (files.isEmpty()) {
            return SHIPPED;
        }
        List<Face> faces = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            faces.addAll(Face.configured(files.get(i), CONFIGURED + (i + 1)));
        }
        int configured = faces.size();
        faces.addAll(SHIPPED.faces);
        return new PrintFonts(faces, configured);
    }

    /** The family names in the order a glyph is looked for, configured fonts first. */
    public List<String> families() {
        return faces.stream().map(Face::family).toList();
    }

    /**
     * With configured fonts, a style rule that puts them in front of the shipped fonts for the whole letter
     * (the shipped fonts follow in the template's order: {@value #JAPANESE} first for Japanese and Chinese);
     * empty without configured fonts, when the template's own {@code font-family} is kept.
     *
     * @param language the document's {@code lang}, may be empty
     */
    public Optional<String> frontRule(String language) {
        if (configured == 0) {
            return Optional.empty();
        }
        List<String> chain = new ArrayList<>(families().subList(0, configured));
        boolean han = language.startsWith("ja") || language.startsWith("zh");
        chain.addAll(han ? List.of(JAPANESE, KOREAN) : List.of(KOREAN, JAPANESE));
        StringBuilder rule = new StringBuilder("body { font-family: ");
        chain.forEach(family -> rule.append('\'').append(family).append("', "));
        return Optional.of(rule.append("sans-serif !important; }").toString());
    }

    /**
     * The distinct characters of {@code text}, in order, that no font here nor a PDF standard font has a glyph
     * for, which openhtmltopdf would print as {@code #}. White space and characters it never prints (controls,
     * soft hyphen, format characters) are not counted.
     */
    public List<Integer> unprintable(CharSequence text) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !coverage.get(cp) && printed(cp)).forEach(missing::add);
        return List.copyOf(missing);
    }

    /** {@link #unprintable(CharSequence)} of the text an HTML document shows (its body). */
    public List<Integer> unprintableInHtml(String html) {
        return unprintable(Jsoup.parse(html).body().wholeText());
    }

    /** Whether openhtmltopdf draws the code point at all (else it skips it or leaves a space, never '#'). */
    private static boolean printed(int cp) {
        return OpenUtil.isSafeFontCodePointToPrint(cp) && OpenUtil.isCodePointPrintable(cp)
                && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
    }

    /** Fonts for one PDF document: each loaded into it once, when first needed. */
    public Loaded loadInto(PDDocument document) {
        return new Loaded(document);
    }

    /** This set's fonts for one PDF document; not thread-safe, like the document. */
    public final class Loaded {

        private final PDDocument document;
        private final Map<Face, PDFont> fonts = new HashMap<>();

        private Loaded(PDDocument document) {
            this.document = document;
        }

        /**
         * Lays out one HTML document (set on {@code builder}) with these fonts and appends its pages to the
         * document; the document is not saved.
         */
        public void append(PdfRendererBuilder builder) throws IOException {
            builder.useFastMode().usePDDocument(document);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                register(renderer.getFontResolver());
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
        }

        private void register(PdfBoxFontResolver resolver) {
            for (Face face : faces) {
                PDFontSupplier supplier = new PDFontSupplier(null) {
                    @Override
                    public PDFont supply() {
                        return font(face);
                    }
                };
                for (int weight : WEIGHTS) {
                    resolver.addFont(supplier, face.family(), weight, IdentValue.NORMAL, true, FontGroup.MAIN);
                }
                resolver.addFont(supplier, face.family(), 400, IdentValue.NORMAL, true,
                        FontGroup.PRE_BUILT_IN_FALLBACK);
            }
        }

        private PDFont font(Face face) {
            return fonts.computeIfAbsent(face, f -> {
                try {
                    return PDType0Font.load(document, f.parse(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** One font: its bytes (shared by every document), family name and which code points it has. */
    private record Face(String family, String source, byte[] bytes, String member, BitSet coverage) {

        static Face shipped(String family, String resource) {
            try (InputStream in = PrintFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Expected the font " + resource + " on the classpath, but it is missing");
                }
                byte[] bytes = in.readAllBytes();
                try (TrueTypeFont ttf = parse(bytes)) {
                    return new Face(family, resource, bytes, null, coverage(ttf));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<Face> configured(Path file, String family) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw refused(file, "it cannot be read (" + e + ")");
            }
            List<Face> faces = new ArrayList<>();
            try {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes))) {
                        collection.processAllFonts(ttf -> faces.add(new Face(family + "." + (faces.size() + 1),
                                file.toString(), bytes, ttf.getName(), coverage(ttf))));
                    }
                } else {
                    try (TrueTypeFont ttf = parse(bytes)) {
                        faces.add(new Face(family, file.toString(), bytes, null, coverage(ttf)));
                    }
                }
                for (Face face : faces) {
                    face.tryEmbedding();
                }
            } catch (IOException | RuntimeException e) {
                throw refused(file, "PDFBox cannot embed it: " + e.getMessage());
            }
            return faces;
        }

        private static IllegalArgumentException refused(Path file, String why) {
            return new IllegalArgumentException("Expected breachflow.notices.post.fonts to list TrueType fonts "
                    + "(.ttf or .otf with glyf outlines, or a .ttc of them), but " + file + " cannot be used: " + why);
        }

        TrueTypeFont parse() throws IOException {
            if (member == null) {
                return parse(bytes);
            }
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            TrueTypeFont ttf = collection.getFontByName(member);
            if (ttf == null) {
                throw new IOException("Expected " + member + " in " + source + ", but it is not there");
            }
            return ttf; // the collection is kept in memory until the document is saved
        }

        private static TrueTypeFont parse(byte[] bytes) throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }

        /** Embeds a subset into a scratch document as a postal batch would (permissions, outlines, tables). */
        private void tryEmbedding() throws IOException {
            int sample = coverage.nextSetBit('A');
            try (PDDocument scratch = new PDDocument()) {
                PDType0Font font = PDType0Font.load(scratch, parse(), true);
                PDPage page = new PDPage();
                scratch.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(scratch, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    if (sample >= 0) {
                        content.showText(new String(Character.toChars(sample)));
                    }
                    content.endText();
                }
                scratch.save(OutputStream.nullOutputStream());
            }
        }

        private static BitSet coverage(TrueTypeFont ttf) throws IOException {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            BitSet covered = new BitSet();
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    covered.set(cp);
                }
            }
            return covered;
        }

        // identity, not the bytes' contents: one entry per face in a document's cache
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The characters a standard 14 font draws: those of WinAnsiEncoding (its encoding) that it has. */
    private static BitSet standardFontCoverage() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        BitSet covered = new BitSet();
        for (String glyph : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = GlyphList.getAdobeGlyphList().toUnicode(glyph);
            if (unicode == null || unicode.codePointCount(0, unicode.length()) != 1) {
                continue;
            }
            try {
                helvetica.getStringWidth(unicode); // as openhtmltopdf asks: throws when the font cannot show it
                covered.set(unicode.codePointAt(0));
            } catch (IllegalArgumentException | IOException notInTheFont) {
                // looked for in the next font, as openhtmltopdf does
            }
        }
        return covered;
    }
}
