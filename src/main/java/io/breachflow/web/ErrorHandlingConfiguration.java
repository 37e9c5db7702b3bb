package io.breachflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors decided outside the controllers still answer like the API (issue 14): {@code /error} from
 * {@code /api/**} is problem+json ({@link ApiErrorController}), and what Tomcat refuses before any servlet
 * runs (a {@code %2f} or {@code %00} in the path, a broken request line) goes through
 * {@link ProblemJsonErrorReportValve} instead of Tomcat's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

    @Bean
    ApiErrorController apiErrorController(ErrorAttributes errors, ServerProperties server,
            ObjectProvider<ErrorViewResolver> resolvers, ObjectMapper json) {
        return new ApiErrorController(errors, server, resolvers.orderedStream().toList(), json);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
            }
        });
    }
}
