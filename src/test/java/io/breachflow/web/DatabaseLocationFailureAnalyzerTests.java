package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseLocationFailureAnalyzerTests {

    @TempDir
    Path temp;

    @Test
    void explainsAnUnwritableDatabaseDirectoryInOneLine() throws Exception {
        Path file = Files.createFile(temp.resolve("afile"));
        String url = "jdbc:h2:file:" + file + "/db";
        DatabaseLocationNotWritableException cause = catchCheckFailure(url);

        FailureAnalysis analysis = analyzer(url).analyze(new BeanCreationException("dataSource", cause));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Breachflow cannot open its database at " + file)
                .contains("cannot create or write the database directory")
                .endsWith("Set spring.datasource.url or fix the permissions.")
                .doesNotContain("\n");
    }

    @Test
    void recognisesH2RefusingToCreateItsFiles() throws Exception {
        Path file = Files.createFile(temp.resolve("afile"));
        String url = "jdbc:h2:file:" + file + "/db";
        SQLException h2Failure = null;
        try {
            DriverManager.getConnection(url, "sa", "").close();
        } catch (SQLException expected) {
            h2Failure = expected;
        }
        assertThat((Object) h2Failure).as("H2 opening a database below a regular file").isNotNull();

        FailureAnalysis analysis = analyzer(url).analyze(new IllegalStateException("pool", h2Failure));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("cannot create or write the database directory");
    }

    @Test
    void leavesUnrelatedFailuresToSpringBoot() {
        FailureAnalysis analysis = analyzer("jdbc:h2:mem:x")
                .analyze(new IllegalStateException(new SQLException("syntax error", "42000", 42000)));

        assertThat(analysis).isNull();
    }

    @Test
    void checkAcceptsAWritableDirectoryAndCreatesIt() {
        Path directory = temp.resolve("data");

        DatabaseLocationCheck.ensureWritable("jdbc:h2:file:" + directory + "/db", directory);

        assertThat(directory).isDirectory();
    }

    @Test
    void onlyH2FileUrlsAreChecked() {
        assertThat(DatabaseLocationCheck.h2Directory("jdbc:h2:file:./data/breachflow"))
                .hasValue(Path.of("data").toAbsolutePath());
        assertThat(DatabaseLocationCheck.h2Directory("jdbc:h2:/var/lib/bf/db;MODE=PostgreSQL"))
                .hasValue(Path.of("/var/lib/bf"));
        assertThat(DatabaseLocationCheck.h2Directory("jdbc:h2:mem:test")).isEmpty();
        assertThat(DatabaseLocationCheck.h2Directory("jdbc:h2:tcp://localhost/db")).isEmpty();
        assertThat(DatabaseLocationCheck.h2Directory("jdbc:postgresql://localhost/bf")).isEmpty();
    }

    private static DatabaseLocationNotWritableException catchCheckFailure(String url) {
        Path directory = DatabaseLocationCheck.h2Directory(url).orElseThrow();
        DatabaseLocationNotWritableException failure = catchThrowableOfType(
                DatabaseLocationNotWritableException.class, () -> DatabaseLocationCheck.ensureWritable(url, directory));
        assertThat(failure).as("check of " + url).isNotNull();
        return failure;
    }

    private static DatabaseLocationFailureAnalyzer analyzer(String url) {
        return new DatabaseLocationFailureAnalyzer(new MockEnvironment().withProperty("spring.datasource.url", url));
    }
}
