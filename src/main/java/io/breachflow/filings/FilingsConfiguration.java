package io.breachflow.filings;

import io.breachflow.filings.internal.ReportTemplates;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the report templates (legal owns them, like the letters) from {@code breachflow.filings.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilingsConfiguration.FilingsProperties.class)
class FilingsConfiguration {

    @Bean
    ReportTemplates reportTemplates(FilingsProperties properties,
            org.springframework.beans.factory.ObjectProvider<io.breachflow.documents.DocumentMarks> marks) {
        ReportTemplates templates = new ReportTemplates(properties.reportsDir());
        marks.ifAvailable(templates::useMarks);
        return templates;
    }

    /** @param reportsDir where the report templates live, relative to the working directory */
    @ConfigurationProperties("breachflow.filings")
    record FilingsProperties(@DefaultValue("templates/reports") Path reportsDir) {
    }
}
