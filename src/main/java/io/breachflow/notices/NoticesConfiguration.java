package io.breachflow.notices;

import io.breachflow.notices.internal.CohortImporter;
import io.breachflow.notices.internal.DispatchSettings;
import io.breachflow.notices.internal.JdbcLedgerStore;
import io.breachflow.notices.internal.LetterRenderer;
import io.breachflow.notices.internal.MailGateway;
import io.breachflow.notices.internal.NoticeDispatcher;
import io.breachflow.notices.internal.SmtpMailGateway;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Wires the dispatch engine; SMTP goes where the application's {@code JavaMailSender} points. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticesProperties.class)
class NoticesConfiguration {

    @Bean
    MailGateway noticeMailGateway(ObjectProvider<JavaMailSenderImpl> mailSender, NoticesProperties properties) {
        return SmtpMailGateway.following(mailSender::getObject, properties.dispatch().pipelining());
    }

    @Bean
    JdbcLedgerStore noticeLedger(DataSource dataSource) {
        return new JdbcLedgerStore(dataSource);
    }

    @Bean
    LetterRenderer letterRenderer(NoticesProperties properties) {
        return new LetterRenderer(properties.lettersDir());
    }

    @Bean(destroyMethod = "stopAll")
    NoticeDispatcher noticeDispatcher(JdbcLedgerStore noticeLedger, LetterRenderer letterRenderer,
            MailGateway noticeMailGateway, NoticesProperties properties) {
        NoticesProperties.Dispatch d = properties.dispatch();
        DispatchSettings settings = new DispatchSettings(d.from(), d.claimBatch(), d.ledgerFlush(), d.maxAttempts(),
                d.retryBackoff(), d.messagesPerConnection());
        return new NoticeDispatcher(noticeLedger, letterRenderer, noticeMailGateway, settings, Clock.systemUTC());
    }

    @Bean
    NoticeDispatch noticeDispatch(DataSource dataSource, JdbcLedgerStore noticeLedger, LetterRenderer letterRenderer,
            NoticeDispatcher noticeDispatcher, NoticesProperties properties) {
        NoticesProperties.Dispatch d = properties.dispatch();
        return new NoticeDispatch(new CohortImporter(dataSource, Clock.systemUTC()), noticeLedger, letterRenderer,
                noticeDispatcher, new NoticeWave(d.messagesPerSecond(), d.sessions()), Clock.systemUTC());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterruptedRuns(ApplicationReadyEvent ready) {
        NoticesProperties properties = ready.getApplicationContext().getBean(NoticesProperties.class);
        if (properties.dispatch().resumeOnStartup()) {
            ready.getApplicationContext().getBean(NoticeDispatcher.class).resumeInterrupted();
        }
    }
}
