package io.breachflow.cases;

import io.breachflow.audit.AccessKind;
import io.breachflow.audit.AccessLog;
import io.breachflow.audit.PersonalDataAccess;
import io.breachflow.notices.LetterSent;
import io.breachflow.notices.NoticeLookup;
import io.breachflow.notices.PersonQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Was this person told?" for the page and the API alike: checks the question (exactly one identifier, a reason),
 * records the lookup in the personal-data access log with the user's reason, then answers. The access is recorded
 * before anything is shown, so no answer leaves without its record; the identifier itself is never recorded.
 */
@Component
class PersonLookup {

    static final int MAX_REASON = 500;

    private final NoticeLookup lookup;
    private final AccessLog accessLog;

    PersonLookup(NoticeLookup lookup, AccessLog accessLog) {
        this.lookup = lookup;
        this.accessLog = accessLog;
    }

    /** The question as asked; blank identifiers count as absent. */
    record Question(String personId, String email, String phone, String reason) {
    }

    /** What is wrong with a question, by field (message keys); empty when it can be answered. */
    static Map<String, String> problems(Question q) {
        Map<String, String> problems = new LinkedHashMap<>();
        java.util.List<String> given = new java.util.ArrayList<>();
        if (present(q.personId())) {
            given.add("personId");
        }
        if (present(q.email())) {
            given.add("email");
        }
        if (present(q.phone())) {
            given.add("phone");
        }
        if (given.isEmpty()) {
            problems.put("personId", "lookup.error.identifier.missing");
        } else if (given.size() > 1) {
            problems.put(given.get(1), "lookup.error.identifier.several");
        }
        check(problems, "personId", q.personId(), 64);
        check(problems, "email", q.email(), 254);
        check(problems, "phone", q.phone(), 32);
        if (!present(q.reason())) {
            problems.put("reason", "lookup.error.reason.missing");
        } else if (q.reason().length() > MAX_REASON || controls(q.reason())) {
            problems.put("reason", "lookup.error.reason.invalid");
        }
        return problems;
    }

    /**
     * Records the lookup as {@code actor} and answers it.
     *
     * @throws IllegalArgumentException when {@link #problems} finds any
     */
    NoticeLookup.Result answer(Question q, String actor) {
        if (!problems(q).isEmpty()) {
            throw new IllegalArgumentException("Expected one identifier and a reason, but the question has problems");
        }
        PersonQuery query = present(q.personId()) ? new PersonQuery(PersonQuery.By.PERSON_ID, q.personId())
                : present(q.email()) ? new PersonQuery(PersonQuery.By.EMAIL, q.email())
                : new PersonQuery(PersonQuery.By.PHONE, q.phone());
        NoticeLookup.Result result = lookup.lookup(query);
        var incidents = result.letters().stream().map(LetterSent::incidentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        String runs = result.letters().stream().map(l -> Long.toString(l.runId())).distinct()
                .collect(Collectors.joining(","));
        accessLog.record(actor, new PersonalDataAccess(AccessKind.PERSON_LOOKUP, q.reason().strip(), result.people(),
                incidents.size() == 1 ? incidents.iterator().next() : null,
                "notice lookup by " + query.by() + "; letters=" + result.letters().size() + "; runs=[" + runs + "]"));
        return result;
    }

    private static void check(Map<String, String> problems, String field, String value, int max) {
        if (present(value) && (value.length() > max || controls(value) || value.contains("\n"))) {
            problems.putIfAbsent(field, "lookup.error.identifier.invalid");
        }
    }

    private static boolean controls(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
