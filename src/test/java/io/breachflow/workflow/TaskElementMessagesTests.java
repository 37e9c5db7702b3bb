package io.breachflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/**
 * Every user task of {@code bpmn/} has a name in English and in Korean ({@code task.element.<elementId>}),
 * which the inbox, the workspace and the task page show instead of the model's English name.
 */
class TaskElementMessagesTests {

    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask\\s[^>]*\\bid=\"([^\"]+)\"");

    @Test
    void everyUserTaskOfTheModelsHasAnEnglishAndAKoreanName() throws IOException {
        Set<String> ids = userTaskIds();
        assertThat(ids).contains("Task_DraftReport", "Task_ApproveNotice", "Task_TriageSuspectedIncident");

        Properties english = load("/i18n/cases.properties");
        Properties korean = load("/i18n/cases_ko.properties");
        for (String id : ids) {
            assertThat(english.getProperty("task.element." + id)).as("English name of " + id).isNotBlank();
            assertThat(korean.getProperty("task.element." + id)).as("Korean name of " + id).isNotBlank()
                    .isNotEqualTo(english.getProperty("task.element." + id));
        }
    }

    @Test
    void theEnglishNameIsTheModelsOwn() throws IOException {
        Properties english = load("/i18n/cases.properties");
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher task = Pattern.compile("<bpmn:userTask\\s[^>]*\\bid=\"([^\"]+)\"[^>]*\\bname=\"([^\"]+)\"")
                        .matcher(Files.readString(model));
                while (task.find()) {
                    assertThat(english.getProperty("task.element." + task.group(1))).as(task.group(1))
                            .isEqualTo(task.group(2));
                }
            }
        }
    }

    private static Set<String> userTaskIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher task = USER_TASK.matcher(Files.readString(model));
                while (task.find()) {
                    ids.add(task.group(1));
                }
            }
        }
        return ids;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = TaskElementMessagesTests.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
