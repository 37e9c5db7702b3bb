package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.Nis2Entity;
import org.springframework.stereotype.Component;

/**
 * The choices of the breach-facts form fields ({@code templates/fragments/facts-fields.html}), read by the
 * fragment itself as {@code @factsChoices}: every page that shows the fields gets them without its
 * controller having to know which lists the fragment needs.
 */
@Component("factsChoices")
public class FactsChoices {

    public DataCategory[] categories() {
        return DataCategory.values();
    }

    public Cause[] causes() {
        return Cause.values();
    }

    public Nis2Entity[] nis2Entities() {
        return Nis2Entity.values();
    }
}
