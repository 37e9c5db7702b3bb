package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.BreachflowApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Starting against a database path below a regular file (which stops even root, unlike directory
 * permissions) ends with one explanation rather than a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseLocationStartupIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void startupFailsWithAOneLineExplanationWhenTheDatabaseDirectoryCannotBeCreated(CapturedOutput output)
            throws Exception {
        Path file = Files.createFile(temp.resolve("afile"));
        SpringApplicationBuilder application = new SpringApplicationBuilder(BreachflowApplication.class);

        assertThatThrownBy(() -> application.run("--spring.datasource.url=jdbc:h2:file:" + file + "/db",
                "--server.port=0", "--breachflow.mail.dev-smtp.port=0", "--breachflow.engine.port=0"))
                .isInstanceOf(DatabaseLocationNotWritableException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("Breachflow cannot open its database at " + file + ": cannot create or write the database "
                        + "directory")
                .doesNotContain("\tat ");
    }
}
