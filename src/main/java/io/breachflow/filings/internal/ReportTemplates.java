package io.breachflow.filings.internal;

import io.breachflow.regimes.ObligationKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders authority reports from {@code templates/reports/} with a Thymeleaf engine of its own (not the
 * web view resolver): {@code <regime>/<kind>_<lang>.html}, where an update without its own template uses
 * the regime's first-report template (which shows the kind), and a regime without any templates uses
 * {@code generic/}. Values are escaped by {@code th:text}.
 */
public final class ReportTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Path reportsDir;
    private volatile io.breachflow.documents.DocumentMarks marks = io.breachflow.documents.DocumentMarks.NONE;

    public ReportTemplates(Path reportsDir) {
        this.reportsDir = reportsDir;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(reportsDir.toAbsolutePath() + "/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
    }

    /** Stamps every rendered report (a drill marks them "DRILL"); the filings module wires it in. */
    public void useMarks(io.breachflow.documents.DocumentMarks marks) {
        this.marks = marks;
    }

    /**
     * The template for a report, e.g. {@code KR-PIPA/authority-report_ko.html}.
     *
     * @throws IllegalArgumentException when no template covers the regime, kind and language
     */
    public String resolve(String regime, ObligationKind kind, String language) {
        String dir = Files.isDirectory(reportsDir.resolve(regime)) ? regime : "generic";
        List<String> candidates = new ArrayList<>();
        candidates.add(dir + "/" + file(kind) + "_" + language + ".html");
        candidates.add(dir + "/" + file(ObligationKind.AUTHORITY_REPORT) + "_" + language + ".html");
        return candidates.stream().filter(c -> Files.isRegularFile(reportsDir.resolve(c))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Expected a report template " + candidates.get(0)
                        + " under " + reportsDir + ", but there is none"));
    }

    /** Renders {@code template} with the fields and the report's own variables. */
    public String render(String template, Map<String, String> fields, Map<String, String> report) {
        Context context = new Context(Locale.ROOT);
        fields.forEach(context::setVariable);
        report.forEach(context::setVariable);
        String language = template.substring(template.lastIndexOf('_') + 1).replace(".html", "");
        return marks.print(engine.process(template, context), language);
    }

    private static String file(ObligationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
