package org.cryopath.notifications.infrastructure.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Whether the SMTP relay takes connections: connects as the dispatcher does (same host, port, TLS and login), with
 * a short timeout, and hangs up without sending anything. For readiness, which must answer within seconds even when
 * the relay hangs.
 */
public final class SmtpProbe {

    private SmtpProbe() {
    }

    /** Empty when the relay answered and took the login; otherwise why not (no address or subject in it). */
    public static Optional<String> problemWith(Session session, Optional<MailSettings.Credentials> credentials,
            Duration timeout) {
        Properties properties = new Properties();
        properties.putAll(session.getProperties());
        String millis = Long.toString(timeout.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        Session probing = Session.getInstance(properties);
        try {
            Transport transport = probing.getTransport("smtp");
            if (credentials.isPresent()) {
                transport.connect(credentials.get().user(), credentials.get().password());
            } else {
                transport.connect();
            }
            transport.close();
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(SmtpBatchSender.describe(e));
        }
    }

    /** Host and port the session sends to, for the readiness data ("smtp.clinic.example:587"). */
    public static String relayOf(Session session) {
        String host = Optional.ofNullable(session.getProperty("mail.smtp.host"))
                .or(() -> Optional.ofNullable(session.getProperty("mail.host"))).orElse("localhost");
        return host + ":" + Optional.ofNullable(session.getProperty("mail.smtp.port")).orElse("25");
    }
}
