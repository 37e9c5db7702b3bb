package io.breachflow.filings.internal;

import static io.breachflow.regimes.ObligationKind.AUTHORITY_REPORT;
import static io.breachflow.regimes.ObligationKind.AUTHORITY_UPDATE;

import io.breachflow.notices.RequiredItem;
import io.breachflow.regimes.ObligationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a US state or territory requires its regulator notice to contain, where the fact base
 * ({@code shared/regulations-us-states.md}, {@code shared/regulations.md} §4) confirms it from statute text or the
 * regulator's own page; each item carries that citation. States whose regulator content rests on law-firm charts
 * only are not encoded here and get the Breachflow baseline. Puerto Rico's DACO notice has no confirmed content,
 * so its template shows the baseline items, which say so in their citation.
 */
final class StateReportRules {

    // regulations.md §4.4 (bill text) lists the six items; regulations-us-states.md confirms the form and the count
    // of Texans notified on the Attorney General's page
    private static final String TEXAS = "Tex. Bus. & Com. Code § 521.053 (SB 768, from 1 Sep 2023), "
            + "https://billcam.com/bill-texts/w6dDLmcAOt, "
            + "https://www.texasattorneygeneral.gov/consumer-protection/data-breach-reporting";
    private static final String CALIFORNIA = "Cal. Civ. Code § 1798.82(f): more than 500 residents, a single sample copy "
            + "of the notice, excluding personal information, via the AG's online form, "
            + "https://oag.ca.gov/ecrime/databreach/reporting";
    private static final String MASSACHUSETTS = "Mass. Gen. Laws ch. 93H § 3(b), "
            + "https://www.mass.gov/info-details/notifications-in-the-event-of-a-data-breach";
    private static final String NEW_MEXICO = "N.M. Stat. Ann. § 57-12C-10, "
            + "https://codes.findlaw.com/nm/chapter-57-trade-practices-and-regulations/nm-st-sect-57-12c-10/";
    private static final String MONTANA = "Mont. Code Ann. § 30-14-1704, "
            + "https://dojmt.gov/office-of-consumer-protection/reporting-requirements-for-data-breaches";
    private static final String NEW_HAMPSHIRE = "N.H. Rev. Stat. § 359-C:20 I(b), "
            + "https://lawserver.com/law/state/new-hampshire/nh-statutes/new_hampshire_revised_statutes_359-c_20";
    private static final String RHODE_ISLAND = "R.I. Gen. Laws § 11-49.3-4(a)(2), "
            + "https://lawserver.com/law/state/rhode-island/ri-laws/rhode_island_general_laws_11-49-3-4";

    /**
     * Items a regime's template shows when the officer gives them, which no rule requires: the sheet offers them
     * (pre-filled where the case knows them) without refusing a draft that leaves them out.
     */
    private static final Map<String, List<String>> ALSO_SHOWN = Map.of(
            "US-CA", List.of("residentsAffected", "residentsNotified", "noticeDistribution"),
            "US-PR", List.of("residentsAffected"));

    /** Why a regime with a prescribed regulator notice still gets the baseline: what the fact base lacks. */
    private static final Map<String, String> BASELINE_NOTES = Map.of(
            "US-PR", "Breachflow baseline; P.R. Laws Ann. tit. 10 § 4052 requires notice to DACO within 10 days of "
                    + "detection but regulations-us-states.md lists no content for it");

    private StateReportRules() {
    }

    static List<RequiredItem> rules() {
        List<RequiredItem> r = new ArrayList<>();
        for (ObligationKind k : List.of(AUTHORITY_REPORT, AUTHORITY_UPDATE)) {
            r.add(new RequiredItem("US-TX", k, "whatHappened", "a detailed description of the breach", TEXAS + " item 1"));
            r.add(new RequiredItem("US-TX", k, "residentsAffected", "the number of Texas residents affected", TEXAS + " item 2"));
            r.add(new RequiredItem("US-TX", k, "residentsNotified",
                    "the number of Texans already notified directly (by mail or e-mail)", TEXAS + " item 3"));
            r.add(new RequiredItem("US-TX", k, "measuresTaken", "the measures taken", TEXAS + " item 4"));
            r.add(new RequiredItem("US-TX", k, "measuresPlanned", "the measures planned", TEXAS + " item 5"));
            r.add(new RequiredItem("US-TX", k, "lawEnforcement", "whether law enforcement is investigating", TEXAS + " item 6"));

            r.add(new RequiredItem("US-CA", k, "sampleNotice", "a sample copy of the notice sent to California residents, "
                    + "without personal information", CALIFORNIA));

            r.add(new RequiredItem("US-MA", k, "whatHappened", "the nature of the breach", MASSACHUSETTS));
            r.add(new RequiredItem("US-MA", k, "residentsAffected", "the number of Massachusetts residents affected", MASSACHUSETTS));
            r.add(new RequiredItem("US-MA", k, "measuresTaken", "the steps taken or planned", MASSACHUSETTS));

            r.add(new RequiredItem("US-NM", k, "residentsNotified", "the number of New Mexico residents notified", NEW_MEXICO));
            r.add(new RequiredItem("US-NM", k, "sampleNotice", "a copy of the notice sent to residents", NEW_MEXICO));

            r.add(new RequiredItem("US-MT", k, "sampleNotice", "an electronic copy of the notice, personal information "
                    + "removed (one copy if the notices are identical)", MONTANA));
            r.add(new RequiredItem("US-MT", k, "residentsNotified", "the number of Montana residents notified", MONTANA));
            r.add(new RequiredItem("US-MT", k, "noticeDistribution", "the date of the notice and its distribution method", MONTANA));

            r.add(new RequiredItem("US-NH", k, "noticeDistribution", "the anticipated date of the notice to the individuals",
                    NEW_HAMPSHIRE));
            r.add(new RequiredItem("US-NH", k, "residentsNotified",
                    "the approximate number of New Hampshire individuals notified", NEW_HAMPSHIRE));

            r.add(new RequiredItem("US-RI", k, "noticeDistribution", "the timing and distribution of the notice", RHODE_ISLAND));
            r.add(new RequiredItem("US-RI", k, "sampleNotice", "the content of the notice", RHODE_ISLAND));
            r.add(new RequiredItem("US-RI", k, "residentsAffected", "the approximate number of Rhode Island residents affected",
                    RHODE_ISLAND));
        }
        return List.copyOf(r);
    }

    /** The baseline's citation for a regime whose notice has no confirmed content, or null for the general one. */
    static String baselineNote(String regime) {
        return BASELINE_NOTES.get(regime);
    }

    /** The fields a regime's report shows when given although no rule requires them. */
    static List<String> alsoShown(String regime) {
        return ALSO_SHOWN.getOrDefault(regime, List.of());
    }
}
