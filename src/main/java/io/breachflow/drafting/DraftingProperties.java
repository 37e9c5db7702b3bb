package io.breachflow.drafting;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisation's profile, which every document names and no incident records: its name and the contact
 * point for affected people, each per language ({@code en}, {@code ko}, …). Earlier approved texts of the
 * case take precedence, so what legal approved once is offered again.
 *
 * @param organisation the organisation's name per language, e.g. {@code {en: Example Retail Co., ko: 예시리테일(주)}}
 * @param contactPoint the help desk or contact point per language
 */
@ConfigurationProperties("breachflow.drafting")
public record DraftingProperties(Map<String, String> organisation, Map<String, String> contactPoint) {

    public DraftingProperties {
        organisation = organisation == null ? Map.of() : Map.copyOf(organisation);
        contactPoint = contactPoint == null ? Map.of() : Map.copyOf(contactPoint);
    }
}
