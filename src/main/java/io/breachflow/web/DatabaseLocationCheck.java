package io.breachflow.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Before any bean opens the database, makes sure the directory of an H2 file database
 * ({@code jdbc:h2:file:...} or {@code jdbc:h2:<path>}) exists or can be created, and is writable.
 * Other URLs (in-memory, TCP, PostgreSQL) are left to their drivers.
 */
class DatabaseLocationCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String url = environment.getProperty("spring.datasource.url");
        h2Directory(url).ifPresent(directory -> ensureWritable(url, directory));
    }

    static Optional<Path> h2Directory(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("^[a-zA-Z]{2,}:.*")) {
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        try {
            Path parent = Path.of(location).toAbsolutePath().normalize().getParent();
            return Optional.ofNullable(parent);
        } catch (InvalidPathException invalid) {
            return Optional.empty();
        }
    }

    static void ensureWritable(String url, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException failure) {
            throw new DatabaseLocationNotWritableException(url, directory.toString(), failure);
        }
        if (!Files.isWritable(directory)) {
            throw new DatabaseLocationNotWritableException(url, directory.toString(), null);
        }
    }
}
