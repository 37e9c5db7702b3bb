package io.breachflow.notices;

import java.util.List;

/**
 * A cohort's kept people counted once at import: by the first channel that can reach them and by
 * jurisdiction, largest first.
 *
 * @param byChannel {@code EMAIL}, {@code SMS}, {@code POST}, and {@code NONE} for people with no usable
 *     contact (every run suppresses them)
 * @param byJurisdiction ISO 3166 codes
 */
public record CohortCounts(List<Count> byChannel, List<Count> byJurisdiction) {

    /** People under one code. */
    public record Count(String code, long people) {
    }

    public CohortCounts {
        byChannel = List.copyOf(byChannel);
        byJurisdiction = List.copyOf(byJurisdiction);
    }

    /** People no run can reach: no valid email, phone or postal address. */
    public long unreachable() {
        return byChannel.stream().filter(c -> c.code().equals("NONE")).mapToLong(Count::people).sum();
    }
}
