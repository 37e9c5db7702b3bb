package io.breachflow.regimes;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is known about a breach at one moment: the typed form of the design.md §7 request body.
 * Immutable, so every scope revision is a new value and the previous one can still be diffed.
 *
 * <p>{@code null} booleans mean "not known"; see the {@code …Assumed} accessors for how the rules read them.
 * {@code noHarmDetermined} lists the jurisdictions (US states) for which the officer recorded, after the
 * investigation the state's law asks for, that the breach is not likely to harm its residents: a state's
 * risk-of-harm exception applies only to what the officer recorded, never to a computed risk.
 */
public record BreachFacts(
        String title,
        OffsetDateTime awareAt,
        OffsetDateTime detectedAt,
        List<Affected> affected,
        Set<DataCategory> dataCategories,
        Cause cause,
        Boolean unauthorizedAccess,
        Boolean encrypted,
        Boolean highRisk,
        Organization organization,
        Milestones milestones,
        Set<String> noHarmDetermined) {

    /** Facts without any recorded risk-of-harm determination. */
    public BreachFacts(String title, OffsetDateTime awareAt, OffsetDateTime detectedAt, List<Affected> affected,
                       Set<DataCategory> dataCategories, Cause cause, Boolean unauthorizedAccess, Boolean encrypted,
                       Boolean highRisk, Organization organization, Milestones milestones) {
        this(title, awareAt, detectedAt, affected, dataCategories, cause, unauthorizedAccess, encrypted, highRisk,
                organization, milestones, Set.of());
    }

    public BreachFacts {
        Objects.requireNonNull(awareAt, "awareAt");
        affected = affected == null ? List.of() : List.copyOf(affected);
        dataCategories = dataCategories == null || dataCategories.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(dataCategories));
        cause = cause == null ? Cause.UNKNOWN : cause;
        organization = organization == null ? Organization.UNKNOWN : organization;
        milestones = milestones == null ? Milestones.NONE : milestones;
        noHarmDetermined = noHarmDetermined == null ? Set.of() : Set.copyOf(noHarmDetermined);
    }

    /** People affected in one jurisdiction (ISO 3166-1 alpha-2, or ISO 3166-2 for US states). */
    public record Affected(String jurisdiction, long count) {
        public Affected {
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            if (count < 0) {
                throw new IllegalArgumentException("Expected a count of zero or more, but got " + count);
            }
        }
    }

    /** Who the controller is; drives entity-specific regimes (SEC, Network Act, NIS2, GDPR one-stop-shop). */
    public record Organization(String homeCountry, Boolean secRegistrant, Boolean onlineServiceProvider,
                               String euMainEstablishment, String euRepresentative, Nis2Entity nis2Entity,
                               Boolean criticalInfrastructure) {
        public static final Organization UNKNOWN = new Organization(null, null, null, null, null, null, null);
    }

    /** Regime-specific anchors; {@code null} means "not yet", and the obligations that depend on it say so. */
    public record Milestones(OffsetDateTime materialityDeterminedAt, OffsetDateTime assessmentCompletedAt,
                             OffsetDateTime breachDeterminedAt, OffsetDateTime personalDataConfirmedAt) {
        public static final Milestones NONE = new Milestones(null, null, null, null);
    }

    /** People affected in {@code jurisdiction}, summing repeated entries. */
    public long affectedIn(String jurisdiction) {
        long sum = 0;
        for (Affected entry : affected) {
            if (entry.jurisdiction().equals(jurisdiction)) {
                sum += entry.count();
            }
        }
        return sum;
    }

    /** People affected in any of {@code jurisdictions}. */
    public long affectedIn(Collection<String> jurisdictions) {
        long sum = 0;
        for (Affected entry : affected) {
            if (jurisdictions.contains(entry.jurisdiction())) {
                sum += entry.count();
            }
        }
        return sum;
    }

    /** People affected anywhere. */
    public long affectedTotal() {
        return affected.stream().mapToLong(Affected::count).sum();
    }

    /** Unknown access is read as access: a notice duty must not vanish because a fact is missing. */
    public boolean unauthorizedAccessAssumed() {
        return !Boolean.FALSE.equals(unauthorizedAccess);
    }

    /** Unknown encryption is read as unencrypted: an exemption applies only when it is established. */
    public boolean encryptedEstablished() {
        return Boolean.TRUE.equals(encrypted);
    }

    /** A copy with other affected counts and milestones, as a scope revision produces. */
    public BreachFacts withAffected(List<Affected> revised) {
        return new BreachFacts(title, awareAt, detectedAt, revised, dataCategories, cause, unauthorizedAccess,
                encrypted, highRisk, organization, milestones, noHarmDetermined);
    }

    /** A copy with other milestones. */
    public BreachFacts withMilestones(Milestones revised) {
        return new BreachFacts(title, awareAt, detectedAt, affected, dataCategories, cause, unauthorizedAccess,
                encrypted, highRisk, organization, revised, noHarmDetermined);
    }

    /** A copy in which the officer recorded a risk-of-harm determination for {@code jurisdictions}. */
    public BreachFacts withNoHarmDetermined(Set<String> jurisdictions) {
        return new BreachFacts(title, awareAt, detectedAt, affected, dataCategories, cause, unauthorizedAccess,
                encrypted, highRisk, organization, milestones, jurisdictions);
    }
}
