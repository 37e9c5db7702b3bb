package io.breachflow.cases;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.EvidenceItem;
import io.breachflow.filings.EvidenceLocker;
import io.breachflow.filings.EvidencePackage;
import io.breachflow.filings.ReportDraft;
import io.breachflow.incidents.IncidentId;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.RunProgress;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The documents section of the workspace, read from the front doors that keep them: authority reports
 * ({@link AuthorityReports}), letter versions ({@link NoticeDrafting}), the evidence locker and the notice
 * runs. Reports and letters are one query each; the locker reads each item's custody and records the
 * listing as an access, and a run's progress is one row per run, so the page fetches this section after
 * it has rendered rather than making every workspace view wait for it.
 */
@Component
class CaseDocuments {

    /** How many of the newest runs are searched for the incident's; older runs are in the notices pages. */
    static final int RUNS_SEARCHED = 200;

    /** A run of the incident with its counters. */
    record RunRow(NoticeRun run, RunProgress progress) {

        /** Finished rows in percent, for the progress bar. */
        public int percent() {
            return progress.total() == 0 ? 0 : (int) (progress.done() * 100 / progress.total());
        }
    }

    /** That a package went to the police: under which case number, by whom, when. */
    record HandOver(String caseNumber, String actor, Instant at) {
    }

    /** The newest evidence package and every hand-over of its items since it was built. */
    record PackageRow(EvidencePackage evidencePackage, List<HandOver> handOvers) {
    }

    /** Everything the section shows, each list oldest first except runs (newest first). */
    record Section(List<ReportDraft> reports, List<LetterVersion> letters, List<EvidenceItem> evidence,
            Optional<PackageRow> evidencePackage, List<RunRow> runs) {

        public boolean isEmpty() {
            return reports.isEmpty() && letters.isEmpty() && evidence.isEmpty() && evidencePackage.isEmpty()
                    && runs.isEmpty();
        }
    }

    private final AuthorityReports reports;
    private final NoticeDrafting letters;
    private final EvidenceLocker locker;
    private final NoticeDispatch dispatch;

    CaseDocuments(AuthorityReports reports, NoticeDrafting letters, EvidenceLocker locker, NoticeDispatch dispatch) {
        this.reports = reports;
        this.letters = letters;
        this.locker = locker;
        this.dispatch = dispatch;
    }

    /** The incident's documents as {@code actor} sees them; the evidence listing is logged under that name. */
    Section forIncident(IncidentId incident, String actor) {
        String id = incident.toString();
        List<EvidenceItem> evidence = locker.list(id, actor);
        Optional<PackageRow> latest = locker.latestPackage(id).map(p -> new PackageRow(p, handOvers(p, evidence)));
        return new Section(reports.forIncident(id), letters.forIncident(id), evidence, latest, runs(id));
    }

    /** The report's PDF, when the draft exists and belongs to the incident. */
    Optional<Pdf> reportPdf(IncidentId incident, long draftId) {
        return reports.find(draftId).filter(draft -> draft.incidentId().equals(incident.toString()))
                .map(draft -> new Pdf("report-%s-%s-v%d.pdf".formatted(draft.regime(), draft.kind(), draft.number()),
                        reports.pdf(draftId)));
    }

    /**
     * The letter's print version in one language, when the version belongs to the incident and has that
     * language. The preview carries the generic greeting and no one's name or address.
     */
    Optional<Pdf> letterPdf(IncidentId incident, long versionId, String language) {
        return letters.find(versionId).filter(version -> version.incidentId().equals(incident.toString()))
                .filter(version -> version.languages().contains(language))
                .map(version -> new Pdf("letter-%s-%s-v%d_%s.pdf".formatted(version.regime(), version.kind(),
                        version.number(), language), letters.preview(versionId, language).pdf()));
    }

    /** A PDF and the file name it is offered under. */
    record Pdf(String fileName, byte[] content) {
    }

    private List<RunRow> runs(String incident) {
        return dispatch.recentRuns(RUNS_SEARCHED).stream().filter(run -> incident.equals(run.incidentId()))
                .map(run -> new RunRow(run, dispatch.progress(run.id()))).toList();
    }

    private static List<HandOver> handOvers(EvidencePackage built, List<EvidenceItem> items) {
        return items.stream().flatMap(item -> item.custody().stream())
                .filter(c -> c.action() == EvidenceItem.CustodyAction.HANDED_TO_POLICE)
                .filter(c -> !c.at().isBefore(built.createdAt()))
                .map(c -> new HandOver(c.reference(), c.actor(), c.at())).distinct()
                .sorted(Comparator.comparing(HandOver::at)).toList();
    }
}
