package io.breachflow.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Finds the audit key: {@code breachflow.audit.key}, else {@code breachflow.audit.key-file}; only the
 * default (demo) profile may generate a key file ({@code ./data/audit.key} unless {@code key-file} names
 * another) on first start, with a warning. Any other profile refuses to start without one set explicitly,
 * since entries keyed with a key nobody kept cannot be verified later.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
@EnableScheduling
class AuditConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean
    AuditKeys auditKeys(AuditProperties properties, Environment environment) {
        return new AuditKeys(currentKey(properties, environment.acceptsProfiles(Profiles.of("default | drill"))),
                properties.previousKeys());
    }

    static String currentKey(AuditProperties properties, boolean mayGenerate) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return properties.key();
        }
        if (properties.keyFile() == null && !mayGenerate) {
            throw new MissingAuditKeyException("Expected an audit key in BREACHFLOW_AUDIT_KEY "
                    + "(breachflow.audit.key) or breachflow.audit.key-file, but neither is set");
        }
        Path file = properties.keyFile() != null ? properties.keyFile() : AuditProperties.GENERATED_KEY_FILE;
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            }
            if (!mayGenerate) {
                throw new MissingAuditKeyException("Expected the audit key in breachflow.audit.key-file, but "
                        + file.toAbsolutePath() + " does not exist");
            }
            return generate(file);
        } catch (IOException e) {
            throw new MissingAuditKeyException("Expected to read or create the audit key file "
                    + file.toAbsolutePath() + ", but " + e);
        }
    }

    private static String generate(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Files.writeString(absolute, key + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's permissions
        }
        log.warn("Generated an audit key in {} (default profile only). Keep a copy outside the database and its "
                + "backups; set BREACHFLOW_AUDIT_KEY or breachflow.audit.key-file in production.", absolute);
        return key;
    }
}
