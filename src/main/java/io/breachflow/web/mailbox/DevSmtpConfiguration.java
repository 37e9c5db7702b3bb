package io.breachflow.web.mailbox;

import com.icegreen.greenmail.util.GreenMail;
import io.breachflow.notices.MailDeliveryLog;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In the default profile, Breachflow delivers its own mail: GreenMail runs as an SMTP server inside
 * the application, the {@code JavaMailSender} points at the port it actually bound, and
 * {@code /mailbox} shows what arrived. Nothing leaves the machine, and no SMTP relay is needed to try
 * notice runs. What arrived is kept on disk ({@link DevMailStore}) and survives a crash, so a resumed run
 * learns which letters were delivered and the README's "never twice" holds after {@code kill -9}.
 * GreenMail stops with the application context.
 */
@Configuration(proxyBeanMethods = false)
@Profile("default | drill")
@EnableConfigurationProperties({DevSmtpProperties.class, MailProperties.class})
class DevSmtpConfiguration {

    @Bean
    DevMailStore devMailStore(DevSmtpProperties properties) {
        return new DevMailStore(properties.store(), properties.fsync());
    }

    /** Mail stored by earlier runs is back in the mailbox before the port opens. */
    @Bean(destroyMethod = "stop")
    GreenMail devSmtpServer(DevSmtpProperties properties, DevMailStore devMailStore) {
        ServerSetup setup = new ServerSetup(properties.port(), properties.host(), ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(properties.port() == 0 ? setup.dynamicPort() : setup);
        PersistingDelivery.install(server, devMailStore);
        server.start();
        return server;
    }

    /** Answers the dispatch engine's "was it delivered?" from the store, so it holds after a crash too. */
    @Bean
    MailDeliveryLog devMailDeliveryLog(DevMailStore devMailStore) {
        return devMailStore::delivered;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail devSmtpServer, DevSmtpProperties properties, MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.host());
        sender.setPort(devSmtpServer.getSmtp().getPort());
        sender.setProtocol(ServerSetup.PROTOCOL_SMTP);
        sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        Properties javaMail = new Properties();
        javaMail.putAll(mail.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    @Bean
    Mailbox mailbox(GreenMail devSmtpServer) {
        return new Mailbox(devSmtpServer);
    }
}
