package io.breachflow.drill;

import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Provider;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Makes every mail sender of a drill send through {@link DrillTransport}, and refuses one that points anywhere but
 * this machine: a drill's mail stays in the embedded mailbox. One hook for every composer of mail instead of a
 * line in each (they all use the application's sender or its session).
 */
final class DrillMailStamp implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            requireLoopback(sender.getHost());
            try {
                sender.getSession().setProvider(new Provider(Provider.Type.TRANSPORT, "smtp",
                        DrillTransport.class.getName(), "Breachflow drill", "1"));
            } catch (NoSuchProviderException e) {
                throw new IllegalStateException("Expected to stamp drill mail, but " + e.getMessage(), e);
            }
        }
        return bean;
    }

    /**
     * @throws IllegalStateException when {@code host} is not a loopback address (a real relay)
     */
    static void requireLoopback(String host) {
        boolean loopback;
        try {
            loopback = host != null && !host.isBlank() && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            loopback = false;
        }
        if (!loopback) {
            throw new IllegalStateException("Expected the drill profile to deliver mail only to its embedded mailbox "
                    + "on this machine, but a mail relay is configured (" + host + "): remove spring.mail.host and "
                    + "breachflow.mail.dev-smtp.host overrides from the drill's configuration");
        }
    }
}
