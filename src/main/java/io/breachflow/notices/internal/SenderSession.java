package io.breachflow.notices.internal;

/** One sender thread's SMTP connection: opened lazily, reused for many letters, renewed when broken. */
final class SenderSession implements AutoCloseable {

    private final MailGateway gateway;
    private final int messagesPerConnection;
    private MailGateway.Session session;
    private int sentOnConnection;

    SenderSession(MailGateway gateway, int messagesPerConnection) {
        this.gateway = gateway;
        this.messagesPerConnection = messagesPerConnection;
    }

    void send(OutgoingLetter letter) throws MailFailure {
        if (session == null || !session.isOpen() || sentOnConnection >= messagesPerConnection) {
            close();
            session = gateway.open();
            sentOnConnection = 0;
        }
        try {
            session.send(letter);
            sentOnConnection++;
        } catch (MailFailure failure) {
            if (!failure.sessionUsable()) {
                close();
            }
            throw failure;
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
