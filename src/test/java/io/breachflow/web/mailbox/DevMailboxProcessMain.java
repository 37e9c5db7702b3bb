package io.breachflow.web.mailbox;

import io.breachflow.BreachflowApplication;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.LetterDraftRequest;
import io.breachflow.notices.LetterFixtures;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.RunStatus;
import io.breachflow.regimes.ObligationKind;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application in the default profile in a child JVM, for {@link DevMailboxKillRecoveryTests}:
 * {@code start <data-dir> <people> <cohort.csv>} drafts and approves a letter (two people), imports the CSV and
 * starts a run, then sends until killed; {@code resume <data-dir>} starts the application on the same data, lets
 * it resume the interrupted run and exits once every run is finished. Talks to its parent on standard output.
 */
public final class DevMailboxProcessMain {

    private DevMailboxProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(BreachflowApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("breachflow") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0",
                "--server.port=0", "--breachflow.engine.port=0", "--breachflow.mail.dev-smtp.port=0",
                "--breachflow.mail.dev-smtp.store=" + data.resolve("mailbox"),
                "--breachflow.notices.post.directory=" + data.resolve("mailhouse"),
                "--breachflow.notices.dispatch.messages-per-second=0",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        NoticeDispatch notices = app.getBean(NoticeDispatch.class);
        if ("start".equals(args[0])) {
            NoticeRun run = start(app.getBean(NoticeDrafting.class), notices, Path.of(args[2]));
            say("RUN " + run.id());
            Thread.currentThread().join(); // until killed
        }
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> notices.recentRuns(10).stream().allMatch(run -> run.status() == RunStatus.COMPLETED));
        say("COMPLETED");
        System.exit(SpringApplication.exit(app));
    }

    private static NoticeRun start(NoticeDrafting drafting, NoticeDispatch notices, Path csv) throws Exception {
        LetterVersion version = drafting.draft(new LetterDraftRequest(UUID.randomUUID().toString(), "KR-PIPA",
                ObligationKind.INDIVIDUAL_NOTICE, List.of("ko"), LetterFixtures.fields("ko"), "officer"));
        drafting.approve(version.id(), "legal", version.contentHash());
        CohortImport cohort;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            cohort = notices.importCohort("kill test", reader);
        }
        return notices.startRun(cohort.cohortId(), drafting.approvedLetter(version.id()), new NoticeWave(0, 4), null,
                "officer");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
