package io.breachflow.notices.internal;

import static io.breachflow.regimes.ObligationKind.INDIVIDUAL_NOTICE;
import static io.breachflow.regimes.ObligationKind.PUBLIC_NOTICE;

import io.breachflow.notices.RequiredItem;
import io.breachflow.regimes.ObligationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What each regime requires a notice to individuals (or the public) to contain, as data with the
 * citation next to each item (facts from {@code shared/regulations.md}). Regimes or kinds without an
 * encoded rule get Breachflow's baseline, which says so in its citation rather than claiming a law.
 */
public final class LetterContentRules {

    private static final String PIPA = "PIPA Art. 34(1), https://prighter.com/resources/laws/korean-pipa/main/articles/article-34";
    private static final String GDPR_34 = "GDPR Art. 34(2) referring to Art. 33(3), https://overview.legal/laws/gdpr/art-34";
    private static final String CA = "Cal. Civ. Code §1798.82(d), https://www.swlaw.com/data-breach-map/view/state/ca";
    private static final String BASELINE = "Breachflow baseline; regulations.md encodes no content rule for this "
            + "regime and kind";

    private static final List<RequiredItem> RULES = rules();

    private LetterContentRules() {
    }

    /** The items a notice of {@code kind} under {@code regime} must contain. */
    public static List<RequiredItem> forNotice(String regime, ObligationKind kind) {
        List<RequiredItem> specific = RULES.stream()
                .filter(r -> r.regime().equals(regime) && r.kind() == kind).toList();
        if (specific.isEmpty()) {
            return baseline(regime, kind);
        }
        if (specific.stream().anyMatch(r -> r.field().equals("organisation"))) {
            return specific;
        }
        List<RequiredItem> withSender = new ArrayList<>(specific);
        withSender.add(0, new RequiredItem(regime, kind, "organisation", "who is notifying",
                "Breachflow letter templates: every letter names the notifying organisation"));
        return List.copyOf(withSender);
    }

    /** As {@link #forNotice}, only the items in force on {@code day}. */
    public static List<RequiredItem> forNotice(String regime, ObligationKind kind, LocalDate day) {
        return forNotice(regime, kind).stream().filter(r -> r.appliesOn(day)).toList();
    }

    private static List<RequiredItem> rules() {
        List<RequiredItem> rules = new ArrayList<>();
        for (ObligationKind kind : List.of(INDIVIDUAL_NOTICE, PUBLIC_NOTICE)) {
            // PIPA: "Notice and report (Art. 34(1))", the five items; substitute notices carry the same content.
            rules.add(new RequiredItem("KR-PIPA", kind, "dataCategories", "the items of personal information divulged", PIPA + " item 1"));
            rules.add(new RequiredItem("KR-PIPA", kind, "when", "when it happened", PIPA + " item 2"));
            rules.add(new RequiredItem("KR-PIPA", kind, "whatHappened", "how it happened", PIPA + " item 2"));
            rules.add(new RequiredItem("KR-PIPA", kind, "whatYouCanDo", "what data subjects can do to reduce harm", PIPA + " item 3"));
            rules.add(new RequiredItem("KR-PIPA", kind, "measuresTaken", "the controller's countermeasures and remedy procedure", PIPA + " item 4"));
            rules.add(new RequiredItem("KR-PIPA", kind, "contactPoint", "a help desk or contact point for reporting damage", PIPA + " item 5"));
            rules.add(new RequiredItem("KR-PIPA", kind, "legalRights",
                    "the data subject's legal rights and how to exercise them (damages, statutory damages, dispute mediation)",
                    "PIPA Art. 34 as amended, in force 11 Sep 2026, https://www.dlapiperdataprotection.com/?c=KR&t=breach-notification [secondary]",
                    LocalDate.of(2026, 9, 11)));
        }
        // GDPR Art. 34(2): at least items (b)-(d) of Art. 33(3), in clear and plain language.
        rules.add(new RequiredItem("EU-GDPR", INDIVIDUAL_NOTICE, "contactPoint", "the name and contact details of the DPO or other contact point", GDPR_34 + " (b)"));
        rules.add(new RequiredItem("EU-GDPR", INDIVIDUAL_NOTICE, "consequences", "the likely consequences of the breach", GDPR_34 + " (c)"));
        rules.add(new RequiredItem("EU-GDPR", INDIVIDUAL_NOTICE, "measuresTaken", "the measures taken or proposed", GDPR_34 + " (d)"));
        // California: the five headings, plus the listed content.
        rules.add(new RequiredItem("US-CA", INDIVIDUAL_NOTICE, "whatHappened", "What Happened (a general description)", CA + " heading 1"));
        rules.add(new RequiredItem("US-CA", INDIVIDUAL_NOTICE, "dataCategories", "What Information Was Involved (types of personal information)", CA + " heading 2"));
        rules.add(new RequiredItem("US-CA", INDIVIDUAL_NOTICE, "measuresTaken", "What We Are Doing", CA + " heading 3"));
        rules.add(new RequiredItem("US-CA", INDIVIDUAL_NOTICE, "whatYouCanDo", "What You Can Do", CA + " heading 4"));
        rules.add(new RequiredItem("US-CA", INDIVIDUAL_NOTICE, "contactPoint", "For More Information (contact details)", CA + " heading 5"));
        rules.add(new RequiredItem("US-CA", INDIVIDUAL_NOTICE, "organisation", "the name of the notifying business", CA + " content"));
        rules.add(new RequiredItem("US-CA", INDIVIDUAL_NOTICE, "when", "the date, estimated date or date range of the breach", CA + " content"));
        rules.add(new RequiredItem("US-CA", INDIVIDUAL_NOTICE, "lawEnforcementDelay", "whether notice was delayed because of law enforcement", CA + " content"));
        return List.copyOf(rules);
    }

    private static List<RequiredItem> baseline(String regime, ObligationKind kind) {
        return List.of(
                new RequiredItem(regime, kind, "organisation", "who is notifying", BASELINE),
                new RequiredItem(regime, kind, "whatHappened", "what happened", BASELINE),
                new RequiredItem(regime, kind, "dataCategories", "which personal data is involved", BASELINE),
                new RequiredItem(regime, kind, "measuresTaken", "what the organisation is doing", BASELINE),
                new RequiredItem(regime, kind, "whatYouCanDo", "what the person can do", BASELINE),
                new RequiredItem(regime, kind, "contactPoint", "a contact point", BASELINE));
    }
}
