package org.cryopath.notifications.application;

import java.time.Instant;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.shared.EmailAddress;

/**
 * An email to put in the outbox.
 *
 * @param idempotencyKey what makes it unique, e.g. {@code referral-42/E1}: the same key is enqueued once
 * @param topic what it is about, e.g. {@code session-42}: a change to the topic supersedes its pending mail
 * @param dueAt when to send it; a time in the past means now
 */
public record OutgoingMail(String idempotencyKey, String topic, MessageKind kind, PatientId patient,
        EmailAddress recipient, Language language, MailContent content, Instant dueAt) {
}
