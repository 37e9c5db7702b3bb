package io.breachflow.regimes.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.regimes.*}: internal targets for duties without a number, and the switches for
 * rules resting on UNCONFIRMED facts.
 *
 * @param defaultTarget internal target after the anchor where the law says "without undue delay"
 *                      and the rule file names none (default 72 h)
 * @param targets       per-rule overrides of the internal target, by rule id
 * @param unconfirmed   which UNCONFIRMED rules run
 */
@ConfigurationProperties("breachflow.regimes")
public record RegimesProperties(@DefaultValue("72h") Duration defaultTarget, Map<String, Duration> targets,
                                @DefaultValue UnconfirmedRules unconfirmed) {

    /**
     * @param enabled  false switches every UNCONFIRMED rule off (their fallbacks, if any, run instead)
     * @param disabled flags switched off one by one (see {@code unconfirmed.flag} in the rule files)
     */
    public record UnconfirmedRules(@DefaultValue("true") boolean enabled, Set<String> disabled) {
        public UnconfirmedRules {
            disabled = disabled == null ? Set.of() : Set.copyOf(disabled);
        }
    }

    public RegimesProperties {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        unconfirmed = unconfirmed == null ? new UnconfirmedRules(true, Set.of()) : unconfirmed;
    }

    /** Everything on, 72-hour internal target. */
    public static RegimesProperties defaults() {
        return new RegimesProperties(Duration.ofHours(72), Map.of(), new UnconfirmedRules(true, Set.of()));
    }

    /** The same settings with {@code flags} switched off. */
    public RegimesProperties without(String... flags) {
        return new RegimesProperties(defaultTarget, targets, new UnconfirmedRules(unconfirmed.enabled(), Set.of(flags)));
    }

    public boolean flagOn(String flag) {
        return unconfirmed.enabled() && !unconfirmed.disabled().contains(flag);
    }
}
