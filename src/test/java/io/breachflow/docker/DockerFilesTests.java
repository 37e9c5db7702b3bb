package io.breachflow.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 17: there is no Docker daemon in CI, so what can go stale in the Docker files is checked by reading
 * them: every file the Dockerfile copies and every compose file or Dockerfile a compose file names exists, the
 * health check probes a path the application serves, the published ports are the application's, and every
 * environment variable a compose file sets means something to the application (a typo'd variable is silently
 * ignored at run time).
 */
class DockerFilesTests {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path DOCKER = ROOT.resolve("docker");
    private static final Pattern COPY = Pattern.compile("(?m)^COPY (?!--from)(.+)$");
    private static final Pattern HEALTHCHECK = Pattern.compile("(?s)HEALTHCHECK .*?curl -fsS http://127\\.0\\.0\\.1:(\\d+)(/\\S+)");

    @Test
    void dockerfileBuildsWithTheWrapperAndRunsAsNonRootOnAPinnedJre() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        List<String> stages = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile).results()
                .map(match -> match.group(1)).toList();

        assertThat(stages).hasSize(2);
        assertThat(stages).allSatisfy(image -> assertThat(image).matches("eclipse-temurin:17\\.\\d+\\.\\d+_\\d+-.+"));
        assertThat(stages.get(1)).contains("-jre");
        assertThat(dockerfile).contains("./mvnw -B -q package", "USER breachflow");
        for (String source : copiedSources(dockerfile)) {
            assertThat(ROOT.resolve(source)).as("COPY source " + source).exists();
            assertThat(Files.readString(ROOT.resolve(".dockerignore"))).as(".dockerignore keeps " + source)
                    .doesNotContainPattern("(?m)^" + Pattern.quote(source) + "$");
        }
    }

    @Test
    void healthCheckProbesTheLivenessEndpointOnTheServerPort() throws IOException {
        Matcher check = HEALTHCHECK.matcher(Files.readString(DOCKER.resolve("Dockerfile")));

        assertThat(check.find()).isTrue();
        assertThat(check.group(1)).isEqualTo(applicationYaml("server.port"));
        assertThat(check.group(2)).isEqualTo("/actuator/health/liveness");
        assertThat(applicationYaml("management.endpoint.health.probes.enabled")).isEqualTo("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose.embedded.yml", "compose.production.yml"})
    void composeFileNamesFilesPortsAndVariablesTheApplicationHas(String file) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve(file)));
        Map<String, Map<String, Object>> services = cast(compose.get("services"));
        Map<String, Object> app = services.get("app");

        Map<String, String> build = cast(app.get("build"));
        Path context = DOCKER.resolve(build.get("context")).normalize();
        assertThat(context).isEqualTo(ROOT);
        assertThat(context.resolve(build.get("dockerfile"))).exists();
        List<String> ports = cast(app.get("ports"));
        assertThat(ports).containsExactly("127.0.0.1:8080:" + applicationYaml("server.port"));

        Map<String, Object> environment = cast(app.get("environment"));
        List<String> unknown = new ArrayList<>();
        environment.keySet().forEach(variable -> {
            if (!meaningful(variable)) {
                unknown.add(variable);
            }
        });
        assertThat(unknown).as("variables nothing in the application reads").isEmpty();
        for (Object volume : (List<?>) app.get("volumes")) {
            assertThat(volume.toString()).endsWith(":/app/data");
            Map<String, Object> volumes = cast(compose.get("volumes"));
            assertThat(volumes).containsKey(volume.toString().split(":")[0]);
        }
    }

    @Test
    void productionLikeComposeHasNoDemoAccountsAndUsesPostgresAndTheRelay() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.production.yml")));
        Map<String, Map<String, Object>> services = cast(compose.get("services"));
        Map<String, Object> environment = cast(services.get("app").get("environment"));

        assertThat(services).containsKeys("postgres", "mailpit");
        List<String> profiles = List.of(environment.get("SPRING_PROFILES_ACTIVE").toString().split(","));
        assertThat(profiles).contains("postgres", "json-logs").doesNotContain("default");
        assertThat(ROOT.resolve("src/main/resources/application-" + profiles.get(1) + ".yml")).exists();
        assertThat(environment).doesNotContainKeys("BREACHFLOW_DEMO_PASSWORD", "BREACHFLOW_DEMO_ACCOUNTS_EXPOSED");
        assertThat(environment.get("SPRING_MAIL_HOST")).isEqualTo("mailpit");
        assertThat(environment.get("BREACHFLOW_DB_URL").toString()).startsWith("jdbc:postgresql://postgres:");
        assertThat(services.get("mailpit").get("expose").toString()).contains(
                environment.get("SPRING_MAIL_PORT").toString());
        assertThat(ROOT.resolve("docker/production.env.example")).exists();
    }

    /**
     * A variable means something when a {@code ${NAME}} placeholder in the configuration reads it, or when Spring
     * Boot's relaxed binding maps it onto a property that Spring Boot's metadata, the configuration files or a
     * {@code @ConfigurationProperties} record of Breachflow declares (list indexes such as {@code _0_} aside).
     */
    private static boolean meaningful(String variable) {
        try {
            String config = readAll(ROOT.resolve("src/main/resources"), ".yml");
            if (config.contains("${" + variable + ":") || config.contains("${" + variable + "}")) {
                return true;
            }
            String property = variable.toLowerCase().replace('_', '.').replaceAll("\\.\\d+(?=\\.|$)", "");
            if (bootProperties().contains(property) || yamlKeys(config).contains(property)) {
                return true;
            }
            String code = readAll(ROOT.resolve("src/main/java"), ".java");
            String leaf = property.substring(property.lastIndexOf('.') + 1);
            Matcher prefixes = Pattern.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)").matcher(code);
            while (prefixes.find()) {
                if (property.startsWith(prefixes.group(1) + ".")
                        && Pattern.compile("(?i)\\b" + leaf + "[,)]").matcher(code).find()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every property Spring Boot documents, as relaxed binding compares them (lower case, no dashes). */
    private static Set<String> bootProperties() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Pattern name = Pattern.compile("\"name\"\\s*:\\s*\"([a-z0-9.\\-]+)\"");
        var resources = DockerFilesTests.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
        while (resources.hasMoreElements()) {
            try (var in = resources.nextElement().openStream()) {
                name.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).results()
                        .forEach(match -> names.add(match.group(1).replace("-", "")));
            }
        }
        return names;
    }

    /** The dotted keys of every configuration file, without dashes. */
    private static Set<String> yamlKeys(String config) {
        Set<String> keys = new LinkedHashSet<>();
        for (Object document : new Yaml().loadAll(config)) {
            if (document instanceof Map<?, ?> map) {
                flatten("", map, keys);
            }
        }
        return keys;
    }

    private static void flatten(String prefix, Map<?, ?> map, Set<String> keys) {
        map.forEach((key, value) -> {
            String dotted = (prefix.isEmpty() ? "" : prefix + ".") + key.toString().replace("-", "").toLowerCase();
            keys.add(dotted);
            if (value instanceof Map<?, ?> child) {
                flatten(dotted, child, keys);
            }
        });
    }

    private static String readAll(Path directory, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix))
                    .filter(path -> !suffix.equals(".yml") || path.getFileName().toString().startsWith("application"))
                    .toList()) {
                all.append(Files.readString(file)).append("\n---\n");
            }
        }
        return all.toString();
    }

    private static String applicationYaml(String dotted) throws IOException {
        Object node = new Yaml().load(Files.readString(ROOT.resolve("src/main/resources/application.yml")));
        for (String key : dotted.split("\\.")) {
            node = ((Map<?, ?>) node).get(key);
        }
        return String.valueOf(node);
    }

    private static Set<String> copiedSources(String dockerfile) {
        Set<String> sources = new LinkedHashSet<>();
        Matcher copy = COPY.matcher(dockerfile);
        while (copy.find()) {
            String[] parts = copy.group(1).trim().split("\\s+");
            for (int i = 0; i < parts.length - 1; i++) {
                sources.add(parts[i].replaceAll("^\\./", ""));
            }
        }
        return sources;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
