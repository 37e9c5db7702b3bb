package io.breachflow.notices.internal;

import io.breachflow.notices.Channel;
import io.breachflow.notices.internal.JdbcLedgerStore.Sent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One claimed batch through one sender thread: route each letter to its channel, send, record. */
final class BatchRun {

    private static final Logger log = LoggerFactory.getLogger(BatchRun.class);

    private final NoticeDispatcher d;
    private final ActiveRun a;
    private final ChannelSender sender;
    private final List<ClaimedLetter> batch;
    private final List<Sent> sent = new ArrayList<>();

    BatchRun(NoticeDispatcher d, ActiveRun a, ChannelSender sender, List<ClaimedLetter> batch) {
        this.d = d;
        this.a = a;
        this.sender = sender;
        this.batch = batch;
    }

    void send() throws InterruptedException {
        try {
            sendEach();
            writePost();
        } finally {
            // letters accepted are recorded even when the batch ends early (render failure); after a
            // halt nothing is written, as after a kill
            if (!d.halted()) {
                release(sender.dropPost().stream().map(PostalLetter::ledgerId).toList());
                recordSent();
            }
        }
    }

    private void sendEach() throws InterruptedException {
        String template = a.run.letter().template();
        for (int i = 0; i < batch.size(); i++) {
            if (!d.node().holdsLease()) {
                a.leave(); // past this point a survivor may take this node over: send nothing more
            }
            if (a.stopStatus() != null) {
                writePost();
                recordSent();
                List<ClaimedLetter> unsent = List.copyOf(batch.subList(i, batch.size()));
                d.write(() -> {
                    d.store().release(unsent, d.now(), a.claimer);
                    return null;
                });
                return;
            }
            ClaimedLetter letter = batch.get(i);
            String reference = NoticeDispatcher.messageId(a.run.id(), letter.ledgerId());
            if (letter.channel() == Channel.POST) {
                try {
                    if (sender.queuePost(template, letter, reference) >= d.settings().postBatch()) {
                        writePost();
                    }
                } catch (ChannelSender.Unprintable unprintable) {
                    d.recordUnprintable(a, letter.ledgerId(), unprintable.characters());
                }
                continue;
            }
            a.throttle.acquire();
            try {
                sender.send(template, letter, reference);
                sent.add(new Sent(letter.ledgerId(), reference));
                a.sent.increment();
            } catch (Refused refused) {
                d.recordFailure(a, letter.ledgerId(), letter.attempts(), refused.permanent(), refused.code());
            }
            if (sent.size() >= d.settings().ledgerFlush()) {
                recordSent();
            }
        }
    }

    private void writePost() {
        List<PostalLetter> posted;
        try {
            posted = sender.writePost(a.run.id());
        } catch (IOException e) {
            log.warn("Notice run {}: a postal batch could not be written ({}); its letters are retried",
                    a.run.id(), e.getClass().getName());
            for (PostalLetter p : sender.dropPost()) {
                d.recordFailure(a, p.ledgerId(), attemptsOf(p.ledgerId()), false, 0);
            }
            return;
        }
        posted.forEach(p -> sent.add(new Sent(p.ledgerId(), p.reference())));
        a.sent.add(posted.size());
    }

    private int attemptsOf(long ledgerId) {
        return batch.stream().filter(l -> l.ledgerId() == ledgerId).findFirst().orElseThrow().attempts();
    }

    private void release(List<Long> ledgerIds) {
        if (!ledgerIds.isEmpty()) {
            List<ClaimedLetter> letters = batch.stream().filter(l -> ledgerIds.contains(l.ledgerId())).toList();
            NoticeDispatcher.sql(() -> {
                d.store().release(letters, d.now(), a.claimer);
                return null;
            });
        }
    }

    private void recordSent() {
        if (!sent.isEmpty()) {
            List<Sent> done = List.copyOf(sent);
            sent.clear();
            d.write(() -> {
                d.store().markSent(a.run.id(), done, d.now(), a.claimer);
                return null;
            });
        }
    }
}
