package io.breachflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Breachflow: runs regulatory breach-notification work as executable BPMN.
 *
 * <p>One Spring Boot application; every capability lives in a direct sub-package (a Spring Modulith
 * module). The embedded engine is reached only through the Camunda client, so the same application
 * runs against a real Camunda 8 cluster by configuration alone.
 */
@SpringBootApplication
public class BreachflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(BreachflowApplication.class, args);
    }
}
