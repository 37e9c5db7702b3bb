package io.breachflow.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The drill profile never shares a database, port, mailbox or clock with the default profile. */
class DrillProfileConfigurationTests {

    @Test
    void theDrillProfileHasItsOwnDatabasePortsMailboxAndAControlledClock() throws IOException {
        PropertySource<?> drill = yaml("application-drill.yml");
        PropertySource<?> base = yaml("application.yml");
        PropertySource<?> defaults = yaml("application-default.yml");

        assertThat(drill.getProperty("spring.datasource.url").toString()).startsWith("jdbc:h2:file:./data/drill/");
        assertThat(drill.getProperty("spring.datasource.url")).isNotEqualTo(base.getProperty("spring.datasource.url"));
        assertThat(drill.getProperty("breachflow.engine.port")).isNotEqualTo(base.getProperty("breachflow.engine.port"));
        assertThat(drill.getProperty("breachflow.engine.rest-port")).isNotEqualTo(8088);
        assertThat(drill.getProperty("server.port")).isNotEqualTo(base.getProperty("server.port"));
        assertThat(drill.getProperty("breachflow.mail.dev-smtp.port"))
                .isNotEqualTo(defaults.getProperty("breachflow.mail.dev-smtp.port"));
        assertThat(drill.getProperty("breachflow.mail.dev-smtp.store").toString()).startsWith("data/drill/");
        assertThat(drill.getProperty("breachflow.engine.clock.controlled")).isEqualTo(true);
        assertThat(base.getProperty("breachflow.engine.clock.controlled")).isNull();
    }

    @Test
    void refusesARealMailRelay() {
        assertThatThrownBy(() -> new DrillConfiguration("smtp.example.com", true, true))
                .hasMessageContaining("a mail relay is configured (smtp.example.com)");
        assertThatThrownBy(() -> new DrillConfiguration("127.0.0.1", false, true))
                .hasMessageContaining("controlled clock");
        new DrillConfiguration("127.0.0.1", true, true);
    }

    private static PropertySource<?> yaml(String name) throws IOException {
        return new YamlPropertySourceLoader().load(name, new ClassPathResource(name)).get(0);
    }
}
