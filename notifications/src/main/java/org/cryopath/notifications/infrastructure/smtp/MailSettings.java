package org.cryopath.notifications.infrastructure.smtp;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's mail session ({@code java:app/mail/cryopath}, defined with the dispatcher that uses it) and
 * the sender identity. Credentials and addresses are read from MicroProfile Config when a batch is sent, so a
 * changed password or sender needs no redeploy.
 */
@ApplicationScoped
public class MailSettings {

    public static final String MAIL_SESSION = "java:app/mail/cryopath";

    @Resource(lookup = MAIL_SESSION)
    Session session;

    public Session session() {
        return session;
    }

    /** The clinic's sender address, e.g. {@code "Harbour IR" <no-reply@harbour.example>}. */
    public InternetAddress from() {
        return address(config().getValue("cryopath.mail.from", String.class), "cryopath.mail.from");
    }

    /** The sender's address alone, e.g. {@code no-reply@harbour.example}: the organizer of calendar invitations. */
    public String senderAddress() {
        return from().getAddress();
    }

    /** The sender address's domain: what Message-IDs and calendar UIDs end with. */
    public String senderDomain() {
        String sender = senderAddress();
        return sender.substring(sender.lastIndexOf('@') + 1);
    }

    /** Where replies go; empty when they go to the sender address. */
    public Optional<InternetAddress> replyTo() {
        return config().getOptionalValue("cryopath.mail.reply-to", String.class)
                .filter(value -> !value.isBlank())
                .map(value -> address(value, "cryopath.mail.reply-to"));
    }

    /** User and password for relays that need a login; empty when the relay takes mail without one. */
    public Optional<Credentials> credentials() {
        Optional<String> user = config().getOptionalValue("cryopath.smtp.user", String.class).filter(u -> !u.isBlank());
        return user.map(name -> new Credentials(name,
                config().getOptionalValue("cryopath.smtp.password", String.class).orElse("")));
    }

    private static InternetAddress address(String value, String key) {
        try {
            return new InternetAddress(value, true);
        } catch (AddressException e) {
            throw new IllegalStateException(key + " is not an email address: " + e.getMessage(), e);
        }
    }

    private static Config config() {
        return ConfigProvider.getConfig(MailSettings.class.getClassLoader());
    }

    /** Login to the SMTP relay. */
    public record Credentials(String user, String password) {

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }
}
