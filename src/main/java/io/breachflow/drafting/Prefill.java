package io.breachflow.drafting;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.ObligationKind;
import java.util.Optional;

/**
 * What the case already knows for one item of one document in one language: facts of the latest revision
 * (what happened, when, who and which data, the likely harm and the advice against it), texts legal approved
 * earlier in the case (measures, contact point, rights), and the organisation's profile. An item nothing can
 * fill stays empty with the message key of what is needed.
 */
final class Prefill {

    /** A value to offer, or null with {@code need}, the message key saying what the officer must supply. */
    record Filled(String value, String need) {

        static Filled of(String value) {
            return new Filled(value, null);
        }

        static Filled needs(String item) {
            return new Filled(null, "draft.need." + item);
        }
    }

    private final BreachFacts facts;
    private final SheetKind kind;
    private final String language;
    private final FactWords words;
    private final EarlierTexts earlier;
    private final DraftingProperties profile;

    Prefill(BreachFacts facts, SheetKind kind, String language, FactWords words, EarlierTexts earlier,
            DraftingProperties profile) {
        this.facts = facts;
        this.kind = kind;
        this.language = language;
        this.words = words;
        this.earlier = earlier;
        this.profile = profile;
    }

    Filled item(String item) {
        Optional<String> approved = earlier.of(item, kind.form() == SheetKind.Form.REPORT);
        return switch (item) {
            case "organisation" -> approved.or(() -> Optional.ofNullable(profile.organisation().get(language)))
                    .map(Filled::of).orElse(Filled.needs(item));
            case "contactPoint" -> approved.or(() -> Optional.ofNullable(profile.contactPoint().get(language)))
                    .map(Filled::of).orElse(Filled.needs(item));
            case "measuresTaken", "legalRights", "lawEnforcementDelay", "subjectCategories", "recordCount",
                    "materialImpact", "responseToIndividuals", "publicAnnouncement", "preventiveMeasures",
                    "delayReasons", "craContacts", "other" -> approved.map(Filled::of).orElse(Filled.needs(item));
            case "whatYouCanDo" -> approved.map(Filled::of).orElseGet(() -> fromFacts(item));
            case "residentsNotified", "noticeDistribution", "measuresPlanned", "lawEnforcement" ->
                    approved.map(Filled::of).orElse(Filled.needs(item));
            case "sampleNotice" -> (kind.duty() == null ? Optional.<String>empty() : earlier.sampleNotice(kind.duty().regime()))
                    .map(Filled::of).orElse(Filled.needs(item));
            case "residentsAffected" -> residents().map(count -> Filled.of(words.count(count))).orElse(Filled.needs(item));
            default -> fromFacts(item);
        };
    }

    /** The number of affected residents of the duty's state or territory, when the case counts them. */
    private Optional<Long> residents() {
        String where = Place.of(kind.duty());
        return facts.affected().stream().filter(a -> a.jurisdiction().equals(where))
                .map(BreachFacts.Affected::count).reduce(Long::sum);
    }

    private Filled fromFacts(String item) {
        if (!words.speaks()) {
            return new Filled(null, "draft.need.language");
        }
        String value = switch (item) {
            case "whatHappened" -> words.say("draft.prefill.whatHappened", facts.title(),
                    words.time(facts.detectedAt() != null ? facts.detectedAt() : facts.awareAt()),
                    words.time(facts.awareAt()), words.cause(facts.cause()));
            case "when" -> facts.detectedAt() == null ? words.say("draft.prefill.whenAware", words.time(facts.awareAt()))
                    : words.say("draft.prefill.when", words.time(facts.detectedAt()), words.time(facts.awareAt()));
            case "dataCategories" -> facts.dataCategories().isEmpty() ? null : words.categories(facts.dataCategories());
            case "affectedCount" -> facts.affected().isEmpty() ? null : words.affected(facts);
            case "scope" -> words.say("draft.prefill.scope", words.affected(facts),
                    words.categories(facts.dataCategories()));
            case "cause" -> words.cause(facts.cause()) + (Boolean.TRUE.equals(facts.unauthorizedAccess())
                    && facts.cause() != io.breachflow.regimes.Cause.INSIDER ? words.say("draft.prefill.unauthorised") : "");
            case "consequences" -> words.likelyHarm(facts.dataCategories());
            case "whatYouCanDo" -> words.advice(facts.dataCategories());
            case "pending" -> kind.duty() != null && kind.duty().kind() == ObligationKind.AUTHORITY_REPORT
                    ? words.say("draft.prefill.pending") : null;
            case "evidenceSummary" -> words.say("draft.prefill.referral", facts.title(), words.cause(facts.cause()),
                    words.time(facts.detectedAt() != null ? facts.detectedAt() : facts.awareAt()),
                    words.time(facts.awareAt()), words.affected(facts), words.categories(facts.dataCategories()));
            default -> null;
        };
        return value == null || value.isBlank() ? Filled.needs(item) : Filled.of(value);
    }
}
