package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run the tests with {@code -Dgolden.update=true}
 * to (re)write them from the current templates, then review the diff before committing.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    /** Asserts that {@code actual} equals the golden file {@code name}, or writes it when updating. */
    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (UPDATE || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                assertThat(UPDATE).as("golden file %s was missing and has been written; review and commit it", name)
                        .isTrue();
            }
            assertThat(actual).as("rendered %s (regenerate with -Dgolden.update=true)", name)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
