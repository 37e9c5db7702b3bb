package io.breachflow.notices.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders letters from {@code templates/letters/} with a Thymeleaf engine of its own (not the web view
 * resolver). A letter {@code generic/notice} in Korean is three files: {@code generic/notice_ko.subject.txt},
 * {@code generic/notice_ko.txt} and {@code generic/notice_ko.html}.
 *
 * <p>Personalisation values are cleaned of control characters (CR/LF cannot start a new line or header)
 * and HTML-escaped by {@code th:text} in the HTML part.
 */
public final class LetterRenderer {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Path lettersDir;

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

    OutgoingLetter render(String template, ClaimedLetter person, String messageId, String from) {
        Context context = new Context();
        context.setVariable("name", clean(person.name()));
        context.setVariable("jurisdiction", person.jurisdiction());
        context.setVariable("reference", messageId);
        String base = template + "_" + person.language();
        String subject = clean(engine.process(base + ".subject.txt", context));
        return new OutgoingLetter(messageId, from, person.email(), clean(person.name()), subject,
                engine.process(base + ".txt", context), engine.process(base + ".html", context));
    }

    /** SHA-256 (hex) over the names and bytes of every file of a letter, all languages, in name order. */
    public String contentHash(String template) {
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
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
