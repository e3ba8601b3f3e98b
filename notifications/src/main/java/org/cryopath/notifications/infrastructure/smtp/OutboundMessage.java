package org.cryopath.notifications.infrastructure.smtp;

import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.patient.Language;

/** One claimed outbox row, as the SMTP sender needs it. */
public record OutboundMessage(long outboxId, String messageId, String recipient, Language language,
        MailContent content) {
}
