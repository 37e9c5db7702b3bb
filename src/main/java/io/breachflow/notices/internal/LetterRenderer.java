package io.breachflow.notices.internal;

import io.breachflow.notices.LetterFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders letters from {@code templates/letters/} with a Thymeleaf engine of its own (not the web view
 * resolver). A letter {@code KR-PIPA/individual-notice} in Korean is four files:
 * {@code KR-PIPA/individual-notice_ko.subject.txt}, {@code …_ko.txt}, {@code …_ko.html} and the print
 * version {@code …_ko.print.html}.
 *
 * <p>A run names a drafted version, {@code KR-PIPA/individual-notice@v42}: the version's approved
 * incident-level fields are rendered with each person's personalisation. Nothing is sent from a letter
 * that names no version (such as {@code generic/notice}) or from a version that is not approved: legal
 * approves a version, never a bare template, so the sending paths refuse both.
 *
 * <p>Personalisation values are cleaned of control characters (CR/LF cannot start a new line or header)
 * and HTML-escaped by {@code th:text} in the HTML part.
 */
public final class LetterRenderer {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");
    private static final String VERSION_MARK = "@v";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Path lettersDir;
    private final Map<Long, LetterVersionSource.Content> approved = new ConcurrentHashMap<>();
    private final PreparedLetters prepared = new PreparedLetters(this::renderMail);
    private volatile LetterVersionSource versions = id -> java.util.Optional.empty();
    private volatile io.breachflow.documents.DocumentMarks marks = io.breachflow.documents.DocumentMarks.NONE;

    public LetterRenderer(Path lettersDir) {
        this.lettersDir = lettersDir;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(lettersDir.toAbsolutePath() + "/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true);
    }

    /** Lets runs name drafted versions ({@code template@v<id>}); the notices module wires its store in. */
    public void useVersions(LetterVersionSource source) {
        this.versions = source;
    }

    /** Stamps every rendered letter (a drill marks them "DRILL"); the notices module wires it in. */
    public void useMarks(io.breachflow.documents.DocumentMarks marks) {
        this.marks = marks;
    }

    /** The version id a run's letter names ({@code …@v<id>}), if it names one. */
    public static java.util.OptionalLong versionId(String template) {
        int mark = template.lastIndexOf(VERSION_MARK);
        String digits = mark < 0 ? "" : template.substring(mark + VERSION_MARK.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(digits));
    }

    /** The template part of a run's letter ({@code KR-PIPA/individual-notice} of {@code …@v42}). */
    public static String templateOf(String template) {
        int mark = template.lastIndexOf(VERSION_MARK);
        return mark < 0 ? template : template.substring(0, mark);
    }

    /** The run's letter name for an approved version. */
    public static String versionTemplate(String template, long versionId) {
        return template + VERSION_MARK + versionId;
    }

    OutgoingLetter render(String template, ClaimedLetter person, String messageId, String from) {
        String name = clean(person.name());
        LetterVersionSource.Content version = approvedVersion(template);
        String language = version.languages().contains(person.language()) ? person.language()
                : version.languages().get(0);
        LetterParts parts = prepared.render(template, version.template() + "_" + language, language,
                LetterFields.forLanguage(version.fields(), language), name, person.jurisdiction(), messageId);
        return new OutgoingLetter(messageId, from, person.email(), name, parts.subject(), parts.text(), parts.html());
    }

    /**
     * The print version ({@code .print.html}) of a person's letter, for a postal batch: laid out for paper
     * (the address window, page margins) where the email HTML is not. Post goes to the few without an
     * address for any other channel, so each is rendered in full. A letter without a print version is
     * printed from its email HTML.
     */
    String renderPrint(String template, ClaimedLetter person, String reference) {
        return renderPrint(template, person.language(), person.name(), person.jurisdiction(), reference);
    }

    /**
     * The print version of the letter for someone of {@code language} (the version's first language when it
     * was not drafted in theirs) and with {@code name} (may be null); what a postal letter shows.
     */
    String renderPrint(String template, String language, String name, String jurisdiction, String reference) {
        String printed = printLanguage(template, language);
        LetterVersionSource.Content version = approvedVersion(template);
        String base = version.template() + "_" + printed;
        Context context = context(LetterFields.forLanguage(version.fields(), printed), clean(name), jurisdiction,
                reference);
        if (!Files.isRegularFile(lettersDir.resolve(base + ".print.html"))) {
            ClaimedLetter person = new ClaimedLetter(0, 0, name, null, jurisdiction, printed);
            return render(template, person, reference, null).html();
        }
        return marks.print(engine.process(base + ".print.html", context), printed);
    }

    /**
     * The language a person of {@code language} gets the letter in: theirs when the letter has it, else (for
     * a version) the version's first language.
     */
    String printLanguage(String template, String language) {
        List<String> languages = approvedVersion(template).languages();
        return languages.contains(language) ? language : languages.get(0);
    }

    /** Whether the letter (a plain template or an approved version) has an email or print part in a language. */
    boolean hasPrintable(String template, String language) {
        String base = approvedVersion(template).template() + "_" + language;
        return Files.isRegularFile(lettersDir.resolve(base + ".print.html"))
                || Files.isRegularFile(lettersDir.resolve(base + ".html"));
    }

    /** Whether a run's letter renders from a prepared template for such recipients (for tests). */
    boolean isPrepared(String template, String language, String jurisdiction, boolean named) {
        return prepared.isPrepared(template, language, jurisdiction, named);
    }

    /**
     * Renders one language of a letter with incident-level {@code fields} and a person's personalisation,
     * including the print version.
     */
    public LetterParts render(String template, String language, Map<String, String> fields, String name,
            String jurisdiction, String reference) {
        String base = template + "_" + language;
        LetterParts mail = renderMail(base, fields, clean(name), jurisdiction, reference);
        Context context = context(fields, clean(name), jurisdiction, reference);
        return new LetterParts(mail.subject(), mail.text(), mail.html(),
                marks.print(engine.process(base + ".print.html", context), language));
    }

    LetterParts renderMail(String base, Map<String, String> fields, String name, String jurisdiction,
            String reference) {
        Context context = context(fields, name, jurisdiction, reference);
        String subject = marks.subject(clean(engine.process(base + ".subject.txt", context)));
        String language = base.substring(base.lastIndexOf('_') + 1);
        return new LetterParts(subject, marks.text(engine.process(base + ".txt", context), language),
                marks.html(engine.process(base + ".html", context), language), null);
    }

    private static Context context(Map<String, String> fields, String name, String jurisdiction, String reference) {
        Context context = new Context();
        fields.forEach(context::setVariable);
        context.setVariable("name", name);
        context.setVariable("jurisdiction", jurisdiction);
        context.setVariable("reference", reference);
        return context;
    }

    /** Whether every file of {@code template} in {@code language} exists (subject, text, HTML, print). */
    public boolean hasLetter(String template, String language) {
        String base = template + "_" + language;
        return Stream.of(".subject.txt", ".txt", ".html", ".print.html")
                .allMatch(ext -> Files.isRegularFile(lettersDir.resolve(base + ext)));
    }

    /**
     * SHA-256 (hex) of an approved version ({@code template@v<id>}) as its files and fields are now: the
     * version's files (all languages), languages and fields. Only an approved version has one.
     *
     * @throws IllegalStateException when {@code template} names no version or the version is not approved
     */
    public String contentHash(String template) {
        LetterVersionSource.Content version = approvedVersion(template);
        return contentHash(version.template(), version.languages(), version.fields());
    }

    /** SHA-256 (hex) over the letter's files, the languages and the fields (in key order). */
    public String contentHash(String template, List<String> languages, Map<String, String> fields) {
        return hash(template, languages, fields);
    }

    /**
     * The approved version a run's letter names. A letter without {@code @v<id>} is refused here too, so no
     * caller of the sending paths can send a template legal never approved.
     */
    private LetterVersionSource.Content approvedVersion(String template) {
        long id = versionId(template).orElseThrow(() -> new IllegalStateException("Expected a letter to send to "
                + "name an approved version (<template>@v<id>), but " + template + " names none"));
        LetterVersionSource.Content cached = approved.get(id);
        if (cached != null) {
            return cached;
        }
        LetterVersionSource.Content content = versions.find(id).orElseThrow(() -> new IllegalStateException(
                "Expected letter version " + id + " to exist, but there is none"));
        if (!content.approved()) {
            throw new IllegalStateException("Expected letter version " + id + " to be APPROVED, but it is "
                    + content.status());
        }
        // approved versions never change, so they can be kept for the life of the process
        approved.put(id, content);
        return content;
    }

    private String hash(String template, List<String> languages, Map<String, String> fields) {
        Path dir = lettersDir.resolve(template).getParent();
        String prefix = lettersDir.resolve(template).getFileName() + "_";
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("Expected letter files " + template + "_*, but found none");
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path part : parts) {
                sha.update(part.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(part));
            }
            if (languages != null) {
                update(sha, "languages", String.join(",", languages));
                new TreeMap<>(fields).forEach((key, value) -> update(sha, key, value));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length-prefixed, so no two different field sets hash the same bytes. */
    private static void update(MessageDigest sha, String key, String value) {
        for (String s : new String[] {key, value}) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
    }

    /** Runs of control characters (CR, LF, tab, NUL …) become one space; null stays null. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        return CONTROL.matcher(value).replaceAll(" ").strip();
    }
}
