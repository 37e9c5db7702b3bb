package io.breachflow.regimes.internal.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * All regime files ({@code classpath:regimes/*.yml}), read once and checked: a rule file with a typo
 * must fail at start-up, not produce a wrong deadline later. YAML is read with SnakeYAML's safe
 * constructor and mapped with Jackson, rejecting unknown keys.
 */
public final class RuleBook {

    private static final String LOCATION = "classpath:regimes/*.yml";
    private static volatile RuleBook classpath;

    private final List<RegimeDefinition> regimes;

    RuleBook(List<RegimeDefinition> regimes) {
        this.regimes = List.copyOf(regimes);
        RuleChecks.check(this.regimes);
    }

    /** The shipped regimes, loaded on first use. */
    public static RuleBook fromClasspath() {
        RuleBook book = classpath;
        if (book == null) {
            synchronized (RuleBook.class) {
                if (classpath == null) {
                    classpath = load(LOCATION);
                }
                book = classpath;
            }
        }
        return book;
    }

    static RuleBook load(String location) {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<RegimeDefinition> regimes = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                regimes.add(read(mapper, resource));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        regimes.sort(Comparator.comparing(RegimeDefinition::regime));
        return new RuleBook(regimes);
    }

    private static RegimeDefinition read(ObjectMapper mapper, Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return mapper.convertValue(document, RegimeDefinition.class);
        } catch (IllegalArgumentException failure) {
            throw new IllegalStateException("Expected a valid regime file, but " + resource.getFilename()
                    + " is not: " + failure.getMessage(), failure);
        }
    }

    public List<RegimeDefinition> regimes() {
        return regimes;
    }

    /** Every flag id used by an UNCONFIRMED rule or exemption. */
    public Set<String> flags() {
        Set<String> flags = new HashSet<>();
        regimes.forEach(regime -> regime.rules().forEach(rule -> {
            if (rule.unconfirmed() != null) {
                flags.add(rule.unconfirmed().flag());
            }
            rule.exemptions().stream().filter(exemption -> exemption.unconfirmed() != null)
                    .forEach(exemption -> flags.add(exemption.unconfirmed().flag()));
        }));
        return flags;
    }
}
