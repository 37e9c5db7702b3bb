package io.breachflow.notices.internal;

/** Opens mail sessions. A session is used by one sender thread and carries many letters. */
public interface MailGateway {

    Session open() throws MailFailure;

    /** One connection to the mail server, reused for several letters. */
    interface Session extends AutoCloseable {

        /** Sends a letter; returns when the server accepted it. */
        void send(OutgoingLetter letter) throws MailFailure;

        boolean isOpen();

        @Override
        void close();
    }
}
