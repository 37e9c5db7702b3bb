package io.breachflow.notices.internal;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.Set;
import java.util.regex.Pattern;

/** One validated cohort row. Empty optional columns are null. */
record RecipientRow(long line, String personId, String name, String email, String phone, String jurisdiction,
        String language) {

    static final String HEADER = "person_id,name,email,phone,jurisdiction,language";
    private static final int COLUMNS = 6;
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern JURISDICTION = Pattern.compile("^[A-Z]{2}(-[A-Z0-9]{1,3})?$");
    private static final Set<String> LANGUAGES = Set.of("ko", "en", "ja");

    /** Thrown for a row that cannot be kept; the message never quotes the value. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    static RecipientRow parse(CsvRecord record) throws Invalid {
        if (record.getFieldCount() != COLUMNS) {
            throw new Invalid("expected " + COLUMNS + " columns, but found " + record.getFieldCount());
        }
        String personId = blankToNull(record.getField(0));
        if (personId == null) {
            throw new Invalid("person_id is missing");
        }
        if (personId.length() > 64) {
            throw new Invalid("person_id is longer than 64 characters");
        }
        String name = blankToNull(record.getField(1));
        if (name != null && name.length() > 200) {
            throw new Invalid("name is longer than 200 characters");
        }
        String email = blankToNull(record.getField(2));
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new Invalid("email is not a valid address");
        }
        String phone = blankToNull(record.getField(3));
        if (phone != null) {
            phone = phone.replace(" ", "").replace("-", "");
            if (!PHONE.matcher(phone).matches()) {
                throw new Invalid("phone is not in E.164 form (+ and 7 to 15 digits)");
            }
        }
        String jurisdiction = blankToNull(record.getField(4));
        if (jurisdiction == null || !JURISDICTION.matcher(jurisdiction).matches()) {
            throw new Invalid("jurisdiction is missing or not a code like KR or US-CA");
        }
        String language = blankToNull(record.getField(5));
        if (language == null || !LANGUAGES.contains(language)) {
            throw new Invalid("language must be one of ko, en, ja");
        }
        return new RecipientRow(record.getStartingLineNumber(), personId, name, email, phone, jurisdiction, language);
    }

    private static String blankToNull(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
