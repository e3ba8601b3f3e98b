package org.cryopath.notifications.infrastructure.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a batch of messages over one SMTP connection and says, per message, whether it was delivered, should be
 * tried again (server unreachable, 4xx) or failed for good (5xx, an impossible address). A failure of one message
 * never stops the others; a connection lost mid-batch is re-opened for the rest.
 *
 * <p>Nothing here logs an address or a subject: those are patient data.
 */
public final class SmtpBatchSender {

    private static final Logger LOG = Logger.getLogger(SmtpBatchSender.class.getName());
    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5])\\d\\d\\b");

    private final Session session;
    private final MimeComposer composer;
    private final Optional<MailSettings.Credentials> credentials;

    public SmtpBatchSender(Session session, InternetAddress from, Optional<InternetAddress> replyTo,
            Optional<MailSettings.Credentials> credentials) {
        this.session = session;
        this.composer = new MimeComposer(session, from, replyTo);
        this.credentials = credentials;
    }

    /** Sends one batch over a connection of its own. */
    public SentBatch send(List<OutboundMessage> batch) {
        try (Connection connection = open()) {
            return connection.send(batch);
        }
    }

    /**
     * A connection to the SMTP server for several batches in a row, opened when the first message is ready. Its
     * state is tracked here rather than asked of the transport, whose {@code isConnected()} costs a NOOP round trip
     * per call.
     */
    public Connection open() {
        return new Connection();
    }

    /** One SMTP connection, kept open from batch to batch, and opened again after it broke. Not thread-safe. */
    public final class Connection implements AutoCloseable {

        private Transport transport;
        private boolean connected;

        private Connection() {
        }

        /** Sends the batch in order; a failure of one message never stops the others. */
        public SentBatch send(List<OutboundMessage> batch) {
            List<DeliveryOutcome> outcomes = new ArrayList<>(batch.size());
            for (OutboundMessage outbound : batch) {
                MimeMessage message;
                try {
                    message = composer.compose(outbound, new Date());
                } catch (AddressException e) {
                    outcomes.add(DeliveryOutcome.permanentFailure(outbound.outboxId(),
                            "Malformed recipient address: " + e.getMessage()));
                    continue;
                } catch (MessagingException e) {
                    outcomes.add(DeliveryOutcome.permanentFailure(outbound.outboxId(),
                            "The message cannot be composed: " + describe(e)));
                    continue;
                }
                if (!connected) {
                    try {
                        connect();
                    } catch (MessagingException e) {
                        String reason = "SMTP server unreachable: " + describe(e);
                        LOG.warning(reason);
                        addRemainingAsTransient(batch, outcomes, reason);
                        return new SentBatch(outcomes, true);
                    }
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                    outcomes.add(DeliveryOutcome.delivered(outbound.outboxId()));
                } catch (SendFailedException e) {
                    // The server refused this message (its recipient, its size...); the connection goes on.
                    outcomes.add(classify(outbound.outboxId(), e));
                } catch (MessagingException e) {
                    // The connection broke while sending: the server did not take the message. Reconnect for the next.
                    outcomes.add(DeliveryOutcome.transientFailure(outbound.outboxId(), describe(e)));
                    close();
                }
            }
            return new SentBatch(outcomes, false);
        }

        private void connect() throws MessagingException {
            if (transport == null) {
                transport = session.getTransport("smtp");
            }
            if (credentials.isPresent()) {
                transport.connect(credentials.get().user(), credentials.get().password());
            } else {
                transport.connect();
            }
            connected = true;
        }

        @Override
        public void close() {
            if (connected) {
                connected = false;
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
                }
            }
        }
    }

    /** SMTP reply codes decide: 5xx is permanent, anything else (4xx, no code) is worth another try. */
    static DeliveryOutcome classify(long outboxId, MessagingException failure) {
        int code = replyCode(failure);
        String detail = serverReply(failure).orElseGet(() -> describe(failure));
        return code >= 500 && code < 600
                ? DeliveryOutcome.permanentFailure(outboxId, detail)
                : DeliveryOutcome.transientFailure(outboxId, detail);
    }

    /**
     * The SMTP reply code carried by the failure or its nested exceptions: Angus Mail's SMTP exceptions expose
     * {@code getReturnCode()}; otherwise the code that starts the server's reply text; -1 when there is none.
     */
    static int replyCode(Exception failure) {
        for (Exception current = failure; current != null; current = next(current)) {
            try {
                Method getter = current.getClass().getMethod("getReturnCode");
                Object code = getter.invoke(current);
                if (code instanceof Integer value && value > 0) {
                    return value;
                }
            } catch (ReflectiveOperationException e) {
                // not an SMTP exception; look at its text
            }
            if (current.getMessage() != null) {
                Matcher matcher = REPLY_CODE.matcher(current.getMessage());
                if (matcher.find()) {
                    return Integer.parseInt(current.getMessage().strip().substring(0, 3));
                }
            }
        }
        return -1;
    }

    /** The server's own answer ("550 5.1.1 ... mailbox unavailable"): what staff need to read, without Java's wrapping. */
    private static Optional<String> serverReply(Exception failure) {
        for (Exception current = failure; current != null; current = next(current)) {
            if (current.getMessage() != null && REPLY_CODE.matcher(current.getMessage()).find()) {
                return Optional.of(current.getMessage().strip());
            }
        }
        return Optional.empty();
    }

    private static Exception next(Exception current) {
        if (current instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != current) {
            return messaging.getNextException();
        }
        return current.getCause() instanceof Exception cause && cause != current ? cause : null;
    }

    static String describe(Exception failure) {
        StringBuilder text = new StringBuilder();
        for (Exception current = failure; current != null; current = next(current)) {
            if (text.length() > 0) {
                text.append(" / ");
            }
            text.append(current.getClass().getSimpleName());
            if (current.getMessage() != null) {
                text.append(": ").append(current.getMessage().strip());
            }
            if (text.length() > 900) {
                break;
            }
        }
        return text.toString();
    }

    private static void addRemainingAsTransient(List<OutboundMessage> batch, List<DeliveryOutcome> outcomes,
            String reason) {
        for (int i = outcomes.size(); i < batch.size(); i++) {
            outcomes.add(DeliveryOutcome.transientFailure(batch.get(i).outboxId(), reason));
        }
    }
}
