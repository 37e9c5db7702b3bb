package io.breachflow.notices.internal;

import io.breachflow.notices.SmsGateway.SmsFailure;
import io.breachflow.notices.SmsGateway.SmsMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One sender thread's channels: its own SMTP session (reused for many letters), the SMS gateway, and the
 * postal letters it collects into a batch. Renders with the run's approved letter; writes no ledger rows.
 */
final class ChannelSender implements AutoCloseable {

    private final DispatchChannels channels;
    private final LetterRenderer renderer;
    private final String from;
    private final SenderSession session;
    private final List<PostalLetter> post = new ArrayList<>();

    ChannelSender(DispatchChannels channels, LetterRenderer renderer, DispatchSettings settings) {
        this.channels = channels;
        this.renderer = renderer;
        this.from = settings.from();
        this.session = new SenderSession(channels.mail(), settings.messagesPerConnection());
    }

    /** Sends an email or a text; returns when the server or provider accepted it. */
    void send(String template, ClaimedLetter letter, String reference) throws Refused {
        OutgoingLetter out = renderer.render(template, letter, reference, from);
        switch (letter.channel()) {
            case EMAIL -> {
                try {
                    session.send(out);
                } catch (MailFailure failure) {
                    throw new Refused(failure.code(), failure.permanent());
                }
            }
            case SMS -> {
                if (channels.sms() == null) {
                    throw new Refused(0, false); // the gateway was removed after the ledger was filled
                }
                try {
                    channels.sms().send(new SmsMessage(reference, letter.phone(), out.subject() + "\n\n" + out.text()));
                } catch (SmsFailure failure) {
                    throw new Refused(0, failure.permanent());
                }
            }
            case POST -> throw new IllegalArgumentException("Expected an email or a text, but got a postal letter");
        }
    }

    /**
     * Renders a postal letter into this sender's batch; returns how many letters the batch holds.
     *
     * @throws Unprintable when the letter has characters no print font has (it is not queued)
     */
    int queuePost(String template, ClaimedLetter letter, String reference) throws Unprintable {
        String html = renderer.renderPrint(template, letter, reference);
        if (channels.post() != null) {
            int missing = channels.post().unprintable(html).size();
            if (missing > 0) {
                throw new Unprintable(missing);
            }
        }
        post.add(new PostalLetter(letter.ledgerId(), reference, letter.name(), letter.postalAddress(), html));
        return post.size();
    }

    /** A postal letter with characters no print font has; how many (never which: they may be the name's). */
    static final class Unprintable extends Exception {

        private final int characters;

        Unprintable(int characters) {
            super("unprintable", null, false, false);
            this.characters = characters;
        }

        int characters() {
            return characters;
        }
    }

    /** Writes the collected postal letters as one batch; returns them (empty when none were queued). */
    List<PostalLetter> writePost(long runId) throws IOException {
        if (post.isEmpty()) {
            return List.of();
        }
        if (channels.post() == null) {
            throw new IOException("post was switched off after the ledger was filled");
        }
        List<PostalLetter> batch = List.copyOf(post);
        post.clear();
        channels.post().write(runId, batch);
        return batch;
    }

    /** Postal letters queued but not written (a pause or failure), forgotten so they can be released. */
    List<PostalLetter> dropPost() {
        List<PostalLetter> dropped = List.copyOf(post);
        post.clear();
        return dropped;
    }

    @Override
    public void close() {
        session.close();
    }
}
