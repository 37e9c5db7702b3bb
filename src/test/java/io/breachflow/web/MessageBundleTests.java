package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Korean bundles carry the same keys, and every key a template uses exists. */
class MessageBundleTests {

    /** Values that are names or language labels and so read the same in both languages. */
    private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of("app.name", "lang.en", "lang.ko", "obligation.where");

    private static final java.util.List<String> BASENAMES = basenames();

    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    @Test
    void everyKeyExistsInBothBundles() {
        Properties english = bundle("");
        Properties korean = bundle("_ko");

        assertThat(difference(english, korean)).as("keys only in messages.properties").isEmpty();
        assertThat(difference(korean, english)).as("keys only in messages_ko.properties").isEmpty();
    }

    @Test
    void koreanBundleTranslatesEveryTextExceptNames() {
        Properties english = bundle("");
        Properties korean = bundle("_ko");

        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!SAME_IN_BOTH_LANGUAGES.contains(key) && english.getProperty(key).equals(korean.getProperty(key))) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Properties english = bundle("");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = MESSAGE_EXPRESSION.matcher(Files.readString(template));
                while (keys.find()) {
                    if (!english.containsKey(keys.group(1))) {
                        missing.add(template.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Every basename of {@code spring.messages.basename} in one language ({@code ""} or {@code "_ko"}); a key
     * defined in two bundles is a mistake (which one wins depends on the basename order).
     */
    private static Properties bundle(String suffix) {
        Properties all = new Properties();
        for (String basename : BASENAMES) {
            Properties one = load("/" + basename + suffix + ".properties");
            for (String key : one.stringPropertyNames()) {
                assertThat(all.containsKey(key)).as(key + " defined again in " + basename + suffix).isFalse();
                all.setProperty(key, one.getProperty(key));
            }
        }
        return all;
    }

    private static Set<String> difference(Properties left, Properties right) {
        Set<String> keys = new TreeSet<>(left.stringPropertyNames());
        keys.removeAll(right.stringPropertyNames());
        return keys;
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundleTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static java.util.List<String> basenames() {
        try {
            Matcher line = Pattern.compile("basename:\\s*(\\S+)")
                    .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
            assertThat(line.find()).as("spring.messages.basename in application.yml").isTrue();
            return java.util.List.of(line.group(1).split(","));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
