package io.breachflow.web.mailbox;

import com.icegreen.greenmail.util.GreenMail;
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
 * notice runs. GreenMail stops with the application context.
 */
@Configuration(proxyBeanMethods = false)
@Profile("default")
@EnableConfigurationProperties({DevSmtpProperties.class, MailProperties.class})
class DevSmtpConfiguration {

    @Bean(destroyMethod = "stop")
    GreenMail devSmtpServer(DevSmtpProperties properties) {
        ServerSetup setup = new ServerSetup(properties.port(), properties.host(), ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(properties.port() == 0 ? setup.dynamicPort() : setup);
        server.start();
        return server;
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
