package io.breachflow.regimes.internal.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The checks both the JSON body and the what-if form apply to incoming facts, so the API and the
 * page accept exactly the same input.
 */
public final class FactsValidation {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** ISO 3166-2:US: the 50 states, the District of Columbia and the outlying areas. */
    private static final Set<String> US_SUBDIVISIONS = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "UM", "VI");
    private static final Set<String> JURISDICTIONS = jurisdictions();

    private FactsValidation() {
    }

    /**
     * An ISO-8601 date-time with an offset ({@code Z} or {@code ±hh:mm}); no bare local times, no region ids;
     * in the years 1990 to 2100, so no stored time can overflow a database column or a deadline computation.
     */
    public static boolean isTimestamp(String value) {
        try {
            int year = OffsetDateTime.parse(value).getYear();
            return year >= 1990 && year <= 2100;
        } catch (DateTimeParseException invalid) {
            return false;
        }
    }

    /** ISO 3166-1 alpha-2, ISO 3166-2 for US states, and {@code UK} as the exceptionally reserved alias of GB. */
    public static boolean isJurisdiction(String value) {
        return JURISDICTIONS.contains(value);
    }

    /** Every code {@link #isJurisdiction} accepts, for screens that offer them all (the jurisdiction picker). */
    public static Set<String> knownJurisdictions() {
        return JURISDICTIONS;
    }

    /** Every code {@link #isCountry} accepts. */
    public static Set<String> knownCountries() {
        return COUNTRIES;
    }

    public static boolean isCountry(String value) {
        return COUNTRIES.contains(value);
    }

    public static <E extends Enum<E>> boolean isValue(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> jurisdictions() {
        Set<String> all = new HashSet<>(COUNTRIES);
        all.add("UK");
        US_SUBDIVISIONS.forEach(state -> all.add("US-" + state));
        return Set.copyOf(all);
    }
}
