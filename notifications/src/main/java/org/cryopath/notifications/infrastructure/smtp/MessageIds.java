package org.cryopath.notifications.infrastructure.smtp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Message-IDs, fixed when a message is enqueued: {@code <uuid@sender-domain>}. Because the id is stored with the
 * message, a message sent twice (a crash between sending and recording) carries the same Message-ID both times,
 * and mail clients show it once.
 */
@ApplicationScoped
public class MessageIds {

    @Inject
    MailSettings settings;

    public String next() {
        return "<" + UUID.randomUUID() + "@" + settings.senderDomain() + ">";
    }
}
