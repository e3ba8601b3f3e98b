package org.cryopath.notifications.infrastructure.smtp;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.cryopath.domain.model.outbox.MailContent;

/**
 * Builds the MIME message for an outbox row: {@code multipart/alternative} with plain text and HTML (and the
 * iCalendar part, which calendar clients read as an invitation), wrapped in {@code multipart/mixed} with an
 * {@code invite.ics} attachment when there is a calendar. The Message-ID is the one stored with the row.
 */
public final class MimeComposer {

    private final Session session;
    private final InternetAddress from;
    private final Optional<InternetAddress> replyTo;

    public MimeComposer(Session session, InternetAddress from, Optional<InternetAddress> replyTo) {
        this.session = session;
        this.from = from;
        this.replyTo = replyTo;
    }

    /**
     * @throws jakarta.mail.internet.AddressException when the recipient cannot be an address (a permanent failure)
     */
    public MimeMessage compose(OutboundMessage outbound, Date sentDate) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(session, outbound.messageId());
        message.setFrom(from);
        if (replyTo.isPresent()) {
            message.setReplyTo(new InternetAddress[] {replyTo.get()});
        }
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(outbound.recipient(), true));
        MailContent content = outbound.content();
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(sentDate);
        message.setHeader("Content-Language", outbound.language().locale().getLanguage());
        // Tells auto-responders not to answer: this is a notification, not a conversation.
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(content.text(), "plain"));
        alternative.addBodyPart(textPart(content.html(), "html"));
        if (!content.hasCalendar()) {
            message.setContent(alternative);
        } else {
            alternative.addBodyPart(calendarPart(content));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(calendarAttachment(content));
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static MimeBodyPart calendarPart(MailContent content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.calendar().getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + content.calendarMethod())));
        part.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + content.calendarMethod());
        return part;
    }

    private static MimeBodyPart calendarAttachment(MailContent content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.calendar().getBytes(StandardCharsets.UTF_8),
                "application/ics")));
        part.setFileName("invite.ics");
        return part;
    }

    /** Keeps the Message-ID given at enqueue time instead of making a new one on every save. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
