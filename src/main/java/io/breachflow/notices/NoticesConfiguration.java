package io.breachflow.notices;

import io.breachflow.cluster.ClusterNode;
import io.breachflow.notices.internal.ClusterRuns;
import io.breachflow.notices.internal.CohortImporter;
import io.breachflow.notices.internal.DispatchChannels;
import io.breachflow.notices.internal.DispatchSettings;
import io.breachflow.notices.internal.JdbcLedgerStore;
import io.breachflow.notices.internal.LetterRenderer;
import io.breachflow.notices.internal.MailGateway;
import io.breachflow.notices.internal.NoticeDispatcher;
import io.breachflow.notices.internal.OutboxSmsGateway;
import io.breachflow.notices.internal.PostalBatches;
import io.breachflow.notices.internal.RelayLogDeliveryLog;
import io.breachflow.notices.internal.RunListener;
import io.breachflow.notices.internal.SmtpMailGateway;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    LetterRenderer letterRenderer(NoticesProperties properties,
            ObjectProvider<io.breachflow.documents.DocumentMarks> marks) {
        LetterRenderer renderer = new LetterRenderer(properties.lettersDir());
        marks.ifAvailable(renderer::useMarks);
        return renderer;
    }

    /** The end of a run as a past-tense event, published in a transaction so module listeners get it. */
    @Bean
    RunListener noticeRunEvents(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return (run, c) -> transaction.executeWithoutResult(status -> events.publishEvent(new NoticeRunFinished(
                run.id(), run.incidentId(), run.status(), c.sent(), c.bounced(), c.failed(), c.suppressed())));
    }

    @Bean(destroyMethod = "stopAll")
    NoticeDispatcher noticeDispatcher(JdbcLedgerStore noticeLedger, LetterRenderer letterRenderer,
            MailGateway noticeMailGateway, ObjectProvider<SmsGateway> sms, ObjectProvider<MailDeliveryLog> deliveryLog,
            RunListener noticeRunEvents, NoticesProperties properties, ClusterNode clusterNode) {
        NoticesProperties.Dispatch d = properties.dispatch();
        NoticesProperties.Post p = properties.post();
        DispatchSettings settings = new DispatchSettings(d.from(), d.claimBatch(), d.ledgerFlush(), d.maxAttempts(),
                d.retryBackoff(), d.messagesPerConnection(), p.batchSize());
        DispatchChannels channels = new DispatchChannels(noticeMailGateway, sms.getIfUnique(),
                p.enabled() ? new PostalBatches(p.directory(), p.fonts()) : null,
                d.relayLog() != null ? new RelayLogDeliveryLog(d.relayLog()) : deliveryLog.getIfUnique());
        return new NoticeDispatcher(noticeLedger, letterRenderer, channels, settings, Clock.systemUTC(),
                noticeRunEvents, clusterNode);
    }

    /** With several nodes on PostgreSQL: joins runs, follows pauses made elsewhere, resolves lost nodes' rows. */
    @Bean(destroyMethod = "close")
    ClusterRuns noticeClusterRuns(NoticeDispatcher noticeDispatcher, ClusterNode clusterNode) {
        return new ClusterRuns(noticeDispatcher, clusterNode);
    }

    @Bean
    NoticeDispatch noticeDispatch(DataSource dataSource, JdbcLedgerStore noticeLedger, LetterRenderer letterRenderer,
            NoticeDispatcher noticeDispatcher, LetterVersions letterVersions, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, NoticesProperties properties,
            io.breachflow.documents.DocumentRevisions documentRevisions) {
        NoticesProperties.Dispatch d = properties.dispatch();
        NoticesProperties.CustomerDb customer = properties.customerDb();
        DataSource customerDb = customer.url() == null || customer.url().isBlank() ? dataSource
                : DataSourceBuilder.create().url(customer.url()).username(customer.username())
                        .password(customer.password()).build();
        ApprovedLetterCheck approval = new ApprovedLetterCheck(letterVersions, letterRenderer, documentRevisions);
        noticeDispatcher.requireApproved(approval::verify); // also for runs resumed on startup
        return new NoticeDispatch(new CohortImporter(dataSource, Clock.systemUTC()), customerDb,
                noticeLedger, letterRenderer, noticeDispatcher, new NoticeWave(d.messagesPerSecond(), d.sessions()),
                approval, new RunEvents(events, transactions), Clock.systemUTC());
    }

    @Bean
    NoticeCohorts noticeCohorts(DataSource dataSource, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            NoticeDispatch noticeDispatch) {
        return new NoticeCohorts(new CohortImporter(dataSource, Clock.systemUTC()), jdbc, dataSource,
                noticeDispatch.defaultWave());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterruptedRuns(ApplicationReadyEvent ready) {
        NoticesProperties properties = ready.getApplicationContext().getBean(NoticesProperties.class);
        if (properties.dispatch().resumeOnStartup()) {
            ready.getApplicationContext().getBean(NoticeDispatcher.class).resumeInterrupted();
        }
        ready.getApplicationContext().getBean(ClusterRuns.class).start(); // after resuming: joins what others send
    }

    /** In the default profile texts go to the dev outbox at {@code /outbox}; nothing leaves the machine. */
    @Configuration(proxyBeanMethods = false)
    @Profile("default | drill")
    static class DevOutboxConfiguration {

        @Bean
        @ConditionalOnMissingBean(SmsGateway.class)
        OutboxSmsGateway devSmsOutbox(DataSource dataSource) {
            return new OutboxSmsGateway(dataSource, Clock.systemUTC());
        }
    }
}
