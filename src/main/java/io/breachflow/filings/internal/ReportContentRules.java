package io.breachflow.filings.internal;

import static io.breachflow.regimes.ObligationKind.AUTHORITY_REPORT;
import static io.breachflow.regimes.ObligationKind.AUTHORITY_UPDATE;

import io.breachflow.notices.RequiredItem;
import io.breachflow.regimes.ObligationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What each regime requires an authority report to contain, as data with the citation next to each
 * item (facts from {@code shared/regulations.md}). A first report and a supplementary one are checked
 * alike: where a fact is not yet known the officer says so in the field ("under investigation"), which
 * the phased-reporting rules allow (PIPA Decree Art. 40(2), GDPR Art. 33(4), APPI preliminary report,
 * SEC Instruction to Item 1.05). US states and territories whose regulator notice has confirmed content are in
 * {@link StateReportRules}. Regimes without an encoded rule get Breachflow's baseline, which says so in its
 * citation.
 */
public final class ReportContentRules {

    private static final String PIPA = "PIPA Art. 34(1), https://prighter.com/resources/laws/korean-pipa/main/articles/article-34";
    private static final String NETWORK_ACT = "Network Act Art. 48-3(4) and Enforcement Decree Art. 58-2, "
            + "https://www.kimchang.com/en/insights/detail.kc?idx=30388&sch_section=4 [secondary, Kim & Chang]";
    private static final String GDPR = "GDPR Art. 33(3), https://gdprlearninghub.com/article-33-gdpr/";
    private static final String SEC = "Form 8-K Item 1.05(a), https://mktbolt.com/articles/what-is-an-8-k-filing-item-1-05-cybersecurity-explainer-2026-06-22 [secondary, quotes Form 8-K]";
    private static final String APPI = "PPC Rules Art. 8(1), https://www.businesslawyers.jp/practices/1433";
    private static final String BASELINE = "Breachflow baseline; regulations.md encodes no content rule for this regime";
    private static final String LETTERHEAD = "Breachflow report templates: every report names the reporting organisation";

    private static final List<RequiredItem> RULES = rules();

    private ReportContentRules() {
    }

    /** The items a report of {@code kind} under {@code regime} must contain. */
    public static List<RequiredItem> forReport(String regime, ObligationKind kind) {
        List<RequiredItem> specific = RULES.stream().filter(r -> r.regime().equals(regime) && r.kind() == kind).toList();
        List<RequiredItem> items = new ArrayList<>(specific.isEmpty() ? baseline(regime, kind) : specific);
        if (items.stream().noneMatch(r -> r.field().equals("organisation"))) {
            items.add(0, new RequiredItem(regime, kind, "organisation", "the reporting organisation", LETTERHEAD));
        }
        return List.copyOf(items);
    }

    /**
     * Items the regime's template shows when given although no rule requires them (e.g. the number of
     * Californians on the California sample-copy report): the drafting sheet offers them, pre-filled where the case
     * knows them, and never refuses a draft without them.
     */
    public static List<String> alsoShown(String regime) {
        return StateReportRules.alsoShown(regime);
    }

    private static List<RequiredItem> rules() {
        List<RequiredItem> r = new ArrayList<>(StateReportRules.rules());
        for (ObligationKind k : List.of(AUTHORITY_REPORT, AUTHORITY_UPDATE)) {
            r.add(new RequiredItem("KR-PIPA", k, "dataCategories", "the items of personal information divulged", PIPA + " item 1"));
            r.add(new RequiredItem("KR-PIPA", k, "when", "when it happened", PIPA + " item 2"));
            r.add(new RequiredItem("KR-PIPA", k, "whatHappened", "how it happened", PIPA + " item 2"));
            r.add(new RequiredItem("KR-PIPA", k, "whatYouCanDo", "what data subjects can do to reduce harm", PIPA + " item 3"));
            r.add(new RequiredItem("KR-PIPA", k, "measuresTaken", "the controller's countermeasures and remedy procedure", PIPA + " item 4"));
            r.add(new RequiredItem("KR-PIPA", k, "contactPoint", "a help desk or contact point for reporting damage", PIPA + " item 5"));

            // the first report's content; a supplementary report carries each later fact (regulations.md §1.3)
            r.add(new RequiredItem("KR-NETWORK-ACT", k, "when", "the date and time of the incident", NETWORK_ACT));
            r.add(new RequiredItem("KR-NETWORK-ACT", k, "cause", "the cause", NETWORK_ACT));
            r.add(new RequiredItem("KR-NETWORK-ACT", k, "consequences", "the damage", NETWORK_ACT));
            r.add(new RequiredItem("KR-NETWORK-ACT", k, "measuresTaken", "the response status", NETWORK_ACT));
            r.add(new RequiredItem("KR-NETWORK-ACT", k, "contactPoint", "a contact department", NETWORK_ACT));

            r.add(new RequiredItem("EU-GDPR", k, "whatHappened", "the nature of the breach", GDPR + " (a)"));
            r.add(new RequiredItem("EU-GDPR", k, "subjectCategories", "the categories of data subjects concerned", GDPR + " (a)"));
            r.add(new RequiredItem("EU-GDPR", k, "affectedCount", "the approximate number of data subjects concerned", GDPR + " (a)"));
            r.add(new RequiredItem("EU-GDPR", k, "dataCategories", "the categories of personal data records concerned", GDPR + " (a)"));
            r.add(new RequiredItem("EU-GDPR", k, "recordCount", "the approximate number of personal data records concerned", GDPR + " (a)"));
            r.add(new RequiredItem("EU-GDPR", k, "contactPoint", "the name and contact details of the DPO or other contact point", GDPR + " (b)"));
            r.add(new RequiredItem("EU-GDPR", k, "consequences", "the likely consequences of the breach", GDPR + " (c)"));
            r.add(new RequiredItem("EU-GDPR", k, "measuresTaken", "the measures taken or proposed", GDPR + " (d)"));

            r.add(new RequiredItem("US-SEC", k, "organisation", "the registrant", "Form 8-K cover page (the registrant files it)"));
            r.add(new RequiredItem("US-SEC", k, "whatHappened", "the material aspects of the incident's nature", SEC));
            r.add(new RequiredItem("US-SEC", k, "scope", "the material aspects of the incident's scope", SEC));
            r.add(new RequiredItem("US-SEC", k, "when", "the material aspects of the incident's timing", SEC));
            r.add(new RequiredItem("US-SEC", k, "materialImpact", "the material impact or reasonably likely material impact on the "
                    + "registrant, including its financial condition and results of operations", SEC));

            r.add(new RequiredItem("JP-APPI", k, "whatHappened", "概要 (overview)", APPI + " item 1"));
            r.add(new RequiredItem("JP-APPI", k, "dataCategories", "漏えい等が発生し、又は発生したおそれがある個人データの項目 (data items)", APPI + " item 2"));
            r.add(new RequiredItem("JP-APPI", k, "affectedCount", "本人の数 (number of people)", APPI + " item 3"));
            r.add(new RequiredItem("JP-APPI", k, "cause", "原因 (cause)", APPI + " item 4"));
            r.add(new RequiredItem("JP-APPI", k, "consequences", "二次被害又はそのおそれの有無及びその内容 (secondary harm)", APPI + " item 5"));
            r.add(new RequiredItem("JP-APPI", k, "responseToIndividuals", "本人への対応の実施状況 (response to individuals)", APPI + " item 6"));
            r.add(new RequiredItem("JP-APPI", k, "publicAnnouncement", "公表の実施状況 (public announcement)", APPI + " item 7"));
            r.add(new RequiredItem("JP-APPI", k, "preventiveMeasures", "再発防止のための措置 (preventive measures)", APPI + " item 8"));
            r.add(new RequiredItem("JP-APPI", k, "other", "その他参考となる事項 (other)", APPI + " item 9"));
        }
        return List.copyOf(r);
    }

    private static List<RequiredItem> baseline(String regime, ObligationKind kind) {
        String citation = StateReportRules.baselineNote(regime) != null ? StateReportRules.baselineNote(regime) : BASELINE;
        return List.of(
                new RequiredItem(regime, kind, "whatHappened", "what happened", citation),
                new RequiredItem(regime, kind, "dataCategories", "which personal data is involved", citation),
                new RequiredItem(regime, kind, "measuresTaken", "the measures taken or proposed", citation),
                new RequiredItem(regime, kind, "contactPoint", "a contact point", citation));
    }
}
