package io.breachflow.regimes.internal.rules;

import io.breachflow.regimes.ObligationKind;
import java.time.LocalDate;
import java.util.List;

/**
 * One duty as written in a rule file: when it triggers, whom it addresses, by when, and the article.
 *
 * @param jurisdiction the recipient's jurisdiction where it is fixed (a state attorney general)
 * @param duty        what must be done, as the start of the reason sentence
 * @param validFrom   first day (awareness date, regime zone) the rule is in force; null = always
 * @param validUntil  last day in force; null = still in force
 * @param fallbackFor the flag this rule replaces when that flag is switched off
 * @param exemptions  the law's exceptions (encryption safe harbour, risk-of-harm determination), each with its
 *                    citation; an UNCONFIRMED exemption is ignored when its flag is off, so the duty stays
 */
public record RuleDefinition(
        String id,
        ObligationKind kind,
        String recipient,
        String jurisdiction,
        Per per,
        String stage,
        String duty,
        LocalDate validFrom,
        LocalDate validUntil,
        Condition trigger,
        List<Exemption> exemptions,
        ClockSpec clock,
        Supplement supplement,
        List<String> content,
        String channel,
        String citation,
        Unconfirmed unconfirmed,
        String fallbackFor) {

    public RuleDefinition {
        per = per == null ? Per.REGIME : per;
        content = content == null ? List.of() : List.copyOf(content);
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }
}
