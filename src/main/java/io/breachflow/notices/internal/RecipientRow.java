package io.breachflow.notices.internal;

import io.breachflow.regimes.Jurisdictions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One validated cohort row. Empty optional columns are null. An invalid email address or phone number
 * does not reject the person (they may still be reached on another channel): the value is dropped and
 * {@code addressNote} says why, so the ledger can suppress or fall back with that reason.
 */
record RecipientRow(long line, String personId, String name, String email, String phone, String jurisdiction,
        String language, String postalAddress, String addressNote) {

    static final String HEADER = "person_id,name,email,phone,jurisdiction,language";
    static final String HEADER_WITH_POST = HEADER + ",postal_address";
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Set<String> LANGUAGES = Set.of("ko", "en", "ja");

    /** Thrown for a row that cannot be kept; the message never quotes the value. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Validates one row of {@code columns} fields (6, or 7 with {@code postal_address}).
     *
     * @param line the CSV line or query row number, reported with rejects
     */
    static RecipientRow parse(List<String> fields, int columns, long line) throws Invalid {
        if (fields.size() != columns) {
            throw new Invalid("expected " + columns + " columns, but found " + fields.size());
        }
        for (String field : fields) {
            if (field != null && field.indexOf('\0') >= 0) {
                throw new Invalid("a field contains a NUL character"); // no database stores one in text
            }
        }
        String personId = required(fields.get(0), "person_id is missing");
        if (personId.length() > 64) {
            throw new Invalid("person_id is longer than 64 characters");
        }
        String name = blankToNull(fields.get(1));
        if (name != null && name.length() > 200) {
            throw new Invalid("name is longer than 200 characters");
        }
        String jurisdiction = blankToNull(fields.get(4));
        if (jurisdiction == null) {
            throw new Invalid("jurisdiction is missing");
        }
        if (!Jurisdictions.isKnown(jurisdiction)) { // a set lookup, as cheap as the pattern it replaced
            throw new Invalid("jurisdiction is not a known ISO 3166 code such as KR or US-CA");
        }
        String language = blankToNull(fields.get(5));
        if (language == null || !LANGUAGES.contains(language)) {
            throw new Invalid("language must be one of ko, en, ja");
        }
        List<String> notes = new ArrayList<>(3);
        String email = blankToNull(fields.get(2));
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            email = null;
            notes.add("email is not a valid address");
        }
        String phone = blankToNull(fields.get(3));
        if (phone != null) {
            phone = phone.replace(" ", "").replace("-", "");
            if (!PHONE.matcher(phone).matches()) {
                phone = null;
                notes.add("phone is not in E.164 form");
            }
        }
        String post = columns > 6 ? blankToNull(fields.get(6)) : null;
        if (post != null && post.length() > 500) {
            post = null;
            notes.add("postal address is longer than 500 characters");
        }
        return new RecipientRow(line, personId, name, email, phone, jurisdiction, language, post,
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** How many columns a header announces (6, or 7 with {@code postal_address}). */
    static int columns(String header) {
        String h = header.strip();
        if (HEADER.equalsIgnoreCase(h)) {
            return 6;
        }
        if (HEADER_WITH_POST.equalsIgnoreCase(h)) {
            return 7;
        }
        throw new IllegalArgumentException("Expected the header " + HEADER + " (optionally followed by "
                + ",postal_address), but found " + (h.isEmpty() ? "an empty file" : "another header"));
    }

    private static String required(String value, String reason) throws Invalid {
        String v = blankToNull(value);
        if (v == null) {
            throw new Invalid(reason);
        }
        return v;
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
