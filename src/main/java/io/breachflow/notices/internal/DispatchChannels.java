package io.breachflow.notices.internal;

import io.breachflow.notices.Channel;
import io.breachflow.notices.MailDeliveryLog;
import io.breachflow.notices.SmsGateway;
import java.util.EnumSet;
import java.util.Set;

/**
 * The ways a run can reach people. SMS and post are optional (null when not configured); so is the
 * relay's delivery log, which lets a resumed run recognise letters the relay accepted just before a crash.
 */
public record DispatchChannels(MailGateway mail, SmsGateway sms, PostalBatches post, MailDeliveryLog deliveryLog) {

    public static DispatchChannels mailOnly(MailGateway mail) {
        return new DispatchChannels(mail, null, null, null);
    }

    Set<Channel> available() {
        Set<Channel> channels = EnumSet.of(Channel.EMAIL);
        if (sms != null) {
            channels.add(Channel.SMS);
        }
        if (post != null) {
            channels.add(Channel.POST);
        }
        return channels;
    }
}
