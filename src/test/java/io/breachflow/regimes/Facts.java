package io.breachflow.regimes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds breach facts for tests. The default is a confirmed, unencrypted, high-risk breach of names
 * and email addresses caused by a system error, known on 18 Nov 2025 22:00 KST, affecting nobody yet:
 * each test adds the people and facts its rule needs.
 */
final class Facts {

    static final String AWARE = "2025-11-18T22:00:00+09:00";

    private String awareAt = AWARE;
    private String detectedAt;
    private final List<BreachFacts.Affected> affected = new ArrayList<>();
    private Set<DataCategory> categories = EnumSet.of(DataCategory.NAME, DataCategory.EMAIL);
    private Cause cause = Cause.SYSTEM_ERROR;
    private Boolean unauthorizedAccess = true;
    private Boolean encrypted = false;
    private Boolean highRisk = true;
    private String homeCountry;
    private Boolean secRegistrant;
    private Boolean onlineServiceProvider;
    private String euMainEstablishment;
    private String euRepresentative;
    private Nis2Entity nis2Entity;
    private Boolean criticalInfrastructure;
    private String materiality;
    private String assessment;
    private String determination;
    private String confirmation;
    private Set<String> noHarm = Set.of();

    static Facts breach() {
        return new Facts();
    }

    Facts awareAt(String time) { awareAt = time; return this; }
    Facts detectedAt(String time) { detectedAt = time; return this; }
    Facts affected(String jurisdiction, long count) { affected.add(new BreachFacts.Affected(jurisdiction, count)); return this; }
    Facts categories(DataCategory first, DataCategory... rest) { categories = EnumSet.of(first, rest); return this; }
    Facts cause(Cause value) { cause = value; return this; }
    Facts unauthorizedAccess(Boolean value) { unauthorizedAccess = value; return this; }
    Facts encrypted(Boolean value) { encrypted = value; return this; }
    Facts highRisk(Boolean value) { highRisk = value; return this; }
    Facts homeCountry(String value) { homeCountry = value; return this; }
    Facts secRegistrant() { secRegistrant = true; return this; }
    Facts onlineServiceProvider() { onlineServiceProvider = true; return this; }
    Facts euMainEstablishment(String value) { euMainEstablishment = value; return this; }
    Facts euRepresentative(String value) { euRepresentative = value; return this; }
    Facts nis2(Nis2Entity value) { nis2Entity = value; return this; }
    Facts criticalInfrastructure(boolean value) { criticalInfrastructure = value; return this; }
    Facts materialityDeterminedAt(String time) { materiality = time; return this; }
    Facts assessmentCompletedAt(String time) { assessment = time; return this; }
    Facts breachDeterminedAt(String time) { determination = time; return this; }
    Facts personalDataConfirmedAt(String time) { confirmation = time; return this; }
    Facts noHarmDetermined(String... jurisdictions) { noHarm = Set.of(jurisdictions); return this; }

    BreachFacts build() {
        return new BreachFacts("test breach", time(awareAt), time(detectedAt), affected, categories, cause,
                unauthorizedAccess, encrypted, highRisk,
                new BreachFacts.Organization(homeCountry, secRegistrant, onlineServiceProvider, euMainEstablishment,
                        euRepresentative, nis2Entity, criticalInfrastructure),
                new BreachFacts.Milestones(time(materiality), time(assessment), time(determination), time(confirmation)),
                noHarm);
    }

    private static OffsetDateTime time(String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }
}
