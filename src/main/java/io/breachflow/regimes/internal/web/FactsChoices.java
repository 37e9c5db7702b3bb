package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.Nis2Entity;
import io.breachflow.regimes.ObligationCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The choices of the breach-facts form fields ({@code templates/fragments/facts-fields.html}), read by the
 * fragment itself as {@code @factsChoices}: every page that shows the fields gets them without its
 * controller having to know which lists the fragment needs. The jurisdiction lists are built once per
 * language (names and rules do not change while the application runs).
 */
@Component("factsChoices")
public class FactsChoices {

    private final MessageSource messages;
    private final ObjectProvider<ObligationCatalog> catalog;
    private final Map<Locale, List<JurisdictionChoices.Group>> jurisdictions = new ConcurrentHashMap<>();
    private final Map<Locale, List<JurisdictionChoices.Choice>> countries = new ConcurrentHashMap<>();

    FactsChoices(MessageSource messages, ObjectProvider<ObligationCatalog> catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    public DataCategory[] categories() {
        return DataCategory.values();
    }

    public Cause[] causes() {
        return Cause.values();
    }

    public Nis2Entity[] nis2Entities() {
        return Nis2Entity.values();
    }

    /** Every jurisdiction the facts accept, grouped by region and named in {@code locale}, for the picker. */
    public List<JurisdictionChoices.Group> jurisdictions(Locale locale) {
        return jurisdictions.computeIfAbsent(language(locale), language -> JurisdictionChoices.of(messages,
                catalog.stream().findFirst().map(ObligationCatalog::regimesByJurisdiction).orElse(Map.of()), language));
    }

    /** Every country (ISO 3166-1 alpha-2) named in {@code locale}, for the organisation's country fields. */
    public List<JurisdictionChoices.Choice> countries(Locale locale) {
        return countries.computeIfAbsent(language(locale), language -> JurisdictionChoices.countries(messages, language));
    }

    private static Locale language(Locale locale) {
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.getLanguage());
    }
}
