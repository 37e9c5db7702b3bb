package io.breachflow.web.mailbox;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;

/**
 * GreenMail's delivery hook: stores each delivery in the {@link DevMailStore} before GreenMail puts it in
 * the recipient's inbox and answers {@code 250}; a delivery the store refuses is answered {@code 451}, so
 * the sender retries rather than believing it delivered. Unlike GreenMail's own hook it does not log the
 * address of every recipient it creates a mailbox for.
 */
final class PersistingDelivery implements MessageDeliveryHandler {

    private final UserManager users;
    private final DevMailStore store;

    PersistingDelivery(UserManager users, DevMailStore store) {
        this.users = users;
        this.store = store;
    }

    /** Before {@code server} starts: restores what {@code store} kept, then stores every new delivery. */
    static void install(GreenMail server, DevMailStore store) {
        UserManager users = server.getManagers().getUserManager();
        PersistingDelivery delivery = new PersistingDelivery(users, store);
        for (DevMailStore.StoredDelivery stored : store.load()) {
            delivery.restore(stored);
        }
        users.setMessageDeliveryHandler(delivery);
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress address) throws UserException {
        store.persist(message.getMessage(), address.getEmail());
        return user(address.getEmail());
    }

    /** Puts what the store kept back into the inbox it was delivered to, with its time of arrival. */
    private void restore(DevMailStore.StoredDelivery delivery) {
        try {
            users.getImapHostManager().getInbox(user(delivery.recipient()))
                    .appendMessage(delivery.message(), new Flags(), delivery.receivedAt());
        } catch (UserException | FolderException e) {
            // without the cause: GreenMail's messages name the address, and this reaches the log
            throw new IllegalStateException("Expected GreenMail to take back a stored message, but "
                    + e.getClass().getSimpleName());
        }
    }

    private GreenMailUser user(String email) throws UserException {
        GreenMailUser user = users.getUserByEmail(email);
        return user != null ? user : users.createUser(email, email, email);
    }
}
