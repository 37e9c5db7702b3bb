package io.breachflow.notices;

import java.util.Collection;
import java.util.Set;

/**
 * Where the mail relay's own record of accepted messages can be read (e.g. the relay's log, which
 * lists each accepted Message-ID). When a run resumes after a crash, letters whose ledger rows were
 * claimed but not yet recorded as SENT are looked up here first: those the relay accepted are recorded
 * SENT without sending them again. Without a bean of this type they are sent again with the same
 * Message-ID (the at-least-once window the README describes).
 */
public interface MailDeliveryLog {

    /** Which of these Message-IDs (with angle brackets) the relay accepted. */
    Set<String> accepted(Collection<String> messageIds);
}
