package io.breachflow.regimes;

import io.breachflow.regimes.internal.web.DistinctJurisdictions;
import io.breachflow.regimes.internal.web.IsoTimestamp;
import io.breachflow.regimes.internal.web.KnownJurisdiction;
import io.breachflow.regimes.internal.web.OneOf;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The incident-facts request body of design.md §7, shared by evaluate, report and revise. Timestamps
 * and codes arrive as strings and are validated field by field, so one 400 answer names every bad
 * field (bad offset, negative count, unknown jurisdiction or code); unknown fields are rejected by
 * Jackson. {@link #toFacts()} gives the typed {@link BreachFacts} once the body is valid.
 *
 * <p>Every list and count is bounded to what the register and audit columns hold (issue 14): at most
 * {@value #MAX_AFFECTED} distinct jurisdictions, each at most {@value #MAX_COUNT} people (more than live on
 * earth), so an accepted incident can always be written to the register.
 *
 * <p>{@code noHarmDetermined}: the US states for which the officer recorded a risk-of-harm determination
 * (see {@link BreachFacts}); left out of the JSON when empty.
 */
public record BreachFactsJson(
        @Size(max = 300) String title,
        @NotNull @IsoTimestamp String awareAt,
        @IsoTimestamp String detectedAt,
        @NotNull @Size(max = MAX_AFFECTED) @DistinctJurisdictions List<@NotNull @Valid AffectedJson> affected,
        @Size(max = 50) List<@NotNull @OneOf(DataCategory.class) String> dataCategories,
        @OneOf(Cause.class) String cause,
        Boolean unauthorizedAccess,
        Boolean encrypted,
        Boolean highRisk,
        @Valid OrganizationJson organization,
        @Valid MilestonesJson milestones,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Size(max = MAX_AFFECTED) List<@NotNull @KnownJurisdiction String> noHarmDetermined) {

    /** A body without recorded risk-of-harm determinations. */
    public BreachFactsJson(String title, String awareAt, String detectedAt, List<AffectedJson> affected,
                           List<String> dataCategories, String cause, Boolean unauthorizedAccess, Boolean encrypted,
                           Boolean highRisk, OrganizationJson organization, MilestonesJson milestones) {
        this(title, awareAt, detectedAt, affected, dataCategories, cause, unauthorizedAccess, encrypted, highRisk,
                organization, milestones, null);
    }

    /** {@code {"jurisdiction", "count"}}. */
    public record AffectedJson(@NotNull @KnownJurisdiction String jurisdiction,
                               @NotNull @PositiveOrZero @Max(MAX_COUNT) Long count) {
    }

    /** The most {@code affected} entries one incident may list (every country and US state fits). */
    public static final int MAX_AFFECTED = 300;

    /** The most people one jurisdiction's entry may count. */
    public static final long MAX_COUNT = 10_000_000_000L;

    /** {@code organization}: country codes are ISO 3166-1 alpha-2. */
    public record OrganizationJson(
            @KnownJurisdiction(countryOnly = true) String homeCountry,
            Boolean secRegistrant,
            Boolean onlineServiceProvider,
            @KnownJurisdiction(countryOnly = true) String euMainEstablishment,
            @KnownJurisdiction(countryOnly = true) String euRepresentative,
            @OneOf(Nis2Entity.class) String nis2Entity,
            Boolean criticalInfrastructure) {
    }

    /** {@code milestones}: regime-specific anchors, each an ISO-8601 date-time with offset or null. */
    public record MilestonesJson(
            @IsoTimestamp String materialityDeterminedAt,
            @IsoTimestamp String assessmentCompletedAt,
            @IsoTimestamp String breachDeterminedAt,
            @IsoTimestamp String personalDataConfirmedAt) {
    }

    /** The typed facts; call only on a validated body. */
    public BreachFacts toFacts() {
        List<BreachFacts.Affected> counts = affected.stream()
                .map(a -> new BreachFacts.Affected(a.jurisdiction(), a.count())).toList();
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        if (dataCategories != null) {
            dataCategories.forEach(category -> categories.add(DataCategory.valueOf(category)));
        }
        return new BreachFacts(title, time(awareAt), time(detectedAt), counts, categories,
                cause == null ? null : Cause.valueOf(cause), unauthorizedAccess, encrypted, highRisk,
                typedOrganization(), typedMilestones(),
                noHarmDetermined == null ? Set.of() : Set.copyOf(noHarmDetermined));
    }

    private BreachFacts.Organization typedOrganization() {
        if (organization == null) {
            return null;
        }
        OrganizationJson o = organization;
        return new BreachFacts.Organization(o.homeCountry(), o.secRegistrant(), o.onlineServiceProvider(),
                o.euMainEstablishment(), o.euRepresentative(),
                o.nis2Entity() == null ? null : Nis2Entity.valueOf(o.nis2Entity()), o.criticalInfrastructure());
    }

    private BreachFacts.Milestones typedMilestones() {
        if (milestones == null) {
            return null;
        }
        MilestonesJson m = milestones;
        return new BreachFacts.Milestones(time(m.materialityDeterminedAt()), time(m.assessmentCompletedAt()),
                time(m.breachDeterminedAt()), time(m.personalDataConfirmedAt()));
    }

    private static OffsetDateTime time(String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }
}
