package io.breachflow.notices.internal;

import io.breachflow.notices.Channel;
import io.breachflow.notices.internal.JdbcLedgerStore.InDoubt;
import io.breachflow.notices.internal.JdbcLedgerStore.Sent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, when a run (re)starts, which rows left SENDING by a crash did go out: each channel's own
 * record answers (the relay's delivery log for email, the SMS provider for texts, the batch manifests
 * for post). Those become SENT; the rest are sent again, with the same reference.
 */
final class InDoubtResolver {

    private final DispatchChannels channels;

    InDoubtResolver(DispatchChannels channels) {
        this.channels = channels;
    }

    List<Sent> confirmed(long runId, List<InDoubt> rows) {
        Map<Channel, List<Long>> byChannel = rows.stream().collect(Collectors.groupingBy(InDoubt::channel,
                Collectors.mapping(InDoubt::ledgerId, Collectors.toList())));
        List<Sent> confirmed = new ArrayList<>();
        byChannel.forEach((channel, ids) -> {
            Set<String> accepted = switch (channel) {
                case EMAIL -> channels.deliveryLog() == null ? Set.of()
                        : channels.deliveryLog().accepted(references(runId, ids));
                case SMS -> channels.sms() == null ? Set.of() : channels.sms().accepted(references(runId, ids));
                case POST -> channels.post() == null ? Set.of() : handedOver(runId, ids);
            };
            for (long id : ids) {
                String reference = NoticeDispatcher.messageId(runId, id);
                if (accepted.contains(reference)) {
                    confirmed.add(new Sent(id, reference));
                }
            }
        });
        return confirmed;
    }

    private Set<String> handedOver(long runId, List<Long> ids) {
        Set<Long> batched = channels.post().handedOver(runId, Set.copyOf(ids));
        return ids.stream().filter(batched::contains).map(id -> NoticeDispatcher.messageId(runId, id))
                .collect(Collectors.toSet());
    }

    private static List<String> references(long runId, List<Long> ids) {
        return ids.stream().map(id -> NoticeDispatcher.messageId(runId, id)).toList();
    }
}
