package io.breachflow.regimes.internal.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each jurisdiction code sits in the picker: the region an officer looks under, loosely after the UN
 * geoscheme but as a business would group markets (Türkiye and the Caucasus with Europe, Central Asia with
 * Asia-Pacific). US states, DC and territories are a group of their own because each has its own law. ISO
 * country codes of US territories ({@code PR}, {@code GU} …) and {@code UK} are {@linkplain #ALIASES aliases}:
 * accepted and named, but not offered, so an officer picks {@code US-PR} (which has rules) rather than
 * {@code PR} (which has none), and the United Kingdom once.
 */
final class JurisdictionRegions {

    /** The picker's groups, in the order shown; the names are message-key suffixes ({@code picker.group.…}). */
    enum Region { ASIA_PACIFIC, EUROPE, AMERICAS, UNITED_STATES, MIDDLE_EAST_AFRICA, ANTARCTICA }

    /** Accepted codes the picker does not offer, each standing for another it does. */
    static final Map<String, String> ALIASES = Map.of("UK", "GB", "AS", "US-AS", "GU", "US-GU", "MP", "US-MP",
            "PR", "US-PR", "UM", "US-UM", "VI", "US-VI");

    private static final Map<String, Region> REGIONS = new HashMap<>();

    static {
        put(Region.ASIA_PACIFIC, "AF AU BD BN BT CC CK CN CX FJ FM HK ID IN IO JP KG KH KI KP KR KZ LA LK MH MM MN MO "
                + "MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TJ TK TL TM TO TV TW UZ VN VU WF WS");
        put(Region.EUROPE, "AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS "
                + "IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA");
        put(Region.AMERICAS, "AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN "
                + "HT JM KN KY LC MF MQ MS MX NI PA PE PM PY SR SV SX TC TT UY VC VE VG");
        put(Region.MIDDLE_EAST_AFRICA, "AE AO BF BH BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IL IQ "
                + "IR JO KE KM KW LB LR LS LY MA MG ML MR MU MW MZ NA NE NG OM PS QA RE RW SA SC SD SH SL SN SO SS ST SY "
                + "SZ TD TG TN TZ UG YE YT ZA ZM ZW");
        put(Region.ANTARCTICA, "AQ BV GS HM TF");
        put(Region.UNITED_STATES, "US");
    }

    private JurisdictionRegions() {
    }

    /** The region {@code code} is offered under, or null for an alias or a code no region lists. */
    static Region of(String code) {
        return code.startsWith("US-") && !ALIASES.containsKey(code) ? Region.UNITED_STATES : REGIONS.get(code);
    }

    /** Every code some region lists (US subdivisions not included: they are all in {@link Region#UNITED_STATES}). */
    static Set<String> listedCountries() {
        return Set.copyOf(REGIONS.keySet());
    }

    private static void put(Region region, String codes) {
        for (String code : codes.split(" ")) {
            if (REGIONS.put(code, region) != null) {
                throw new IllegalStateException("Expected " + code + " in one region, but it is in two");
            }
        }
    }
}
