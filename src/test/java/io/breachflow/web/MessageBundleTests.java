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
    private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of("app.name", "lang.en", "lang.ko");

    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    @Test
    void everyKeyExistsInBothBundles() {
        Properties english = load("/messages.properties");
        Properties korean = load("/messages_ko.properties");

        assertThat(difference(english, korean)).as("keys only in messages.properties").isEmpty();
        assertThat(difference(korean, english)).as("keys only in messages_ko.properties").isEmpty();
    }

    @Test
    void koreanBundleTranslatesEveryTextExceptNames() {
        Properties english = load("/messages.properties");
        Properties korean = load("/messages_ko.properties");

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
        Properties english = load("/messages.properties");
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
}
