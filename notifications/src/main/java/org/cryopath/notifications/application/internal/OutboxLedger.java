package org.cryopath.notifications.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.notifications.infrastructure.smtp.DeliveryOutcome;
import org.cryopath.notifications.infrastructure.smtp.OutboundMessage;

/**
 * The dispatcher's reads and writes of the outbox, each in a short transaction of its own, so that no
 * transaction stays open while SMTP is talking.
 *
 * <p>How two nodes never send the same row: a claim is a conditional update ({@code status = PENDING AND
 * nextAttemptAt <= now}) that moves the row's next attempt to the end of a lease and stamps it with a fresh claim
 * token. The database lets one transaction change a row at a time and re-checks the condition under the row lock,
 * so a second claimer waiting on the same row finds it no longer due and skips it. Outcomes are recorded only on
 * rows still holding the run's token: a row cancelled, superseded or re-claimed meanwhile keeps its new state.
 */
@Stateless
public class OutboxLedger {

    /** Rounds of select-then-claim when another dispatcher took every candidate first. */
    private static final int CLAIM_ROUNDS = 3;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims up to {@code max} due messages for one dispatcher run; empty when nothing is due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ClaimedBatch claimDue(int max, Duration lease) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        int claimed = 0;
        for (int round = 0; round < CLAIM_ROUNDS && claimed == 0; round++) {
            List<Long> candidates = em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.status = :pending "
                            + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", Long.class)
                    .setParameter("pending", OutboxStatus.PENDING)
                    .setParameter("now", now)
                    .setMaxResults(max)
                    .getResultList();
            if (candidates.isEmpty()) {
                return ClaimedBatch.EMPTY;
            }
            claimed = em.createQuery("UPDATE OutboxMessage m SET m.claimToken = :token, m.nextAttemptAt = :leaseEnd, "
                            + "m.version = m.version + 1 "
                            + "WHERE m.id IN :ids AND m.status = :pending AND m.nextAttemptAt <= :now")
                    .setParameter("token", token)
                    .setParameter("leaseEnd", now.plus(lease))
                    .setParameter("ids", candidates)
                    .setParameter("pending", OutboxStatus.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
        }
        if (claimed == 0) {
            return ClaimedBatch.EMPTY;
        }
        // Plain values, not entities: the dispatcher only reads what it sends, and building and tracking managed
        // entities for every claimed row was the largest cost of a claim.
        return new ClaimedBatch(token, em.createQuery("SELECT m.id, m.messageId, m.recipient.value, m.language, "
                        + "m.content.subject, m.content.text, m.content.html, m.content.calendar, m.content.calendarMethod "
                        + "FROM OutboxMessage m WHERE m.claimToken = :token ORDER BY m.id", Object[].class)
                .setParameter("token", token)
                .getResultStream()
                .map(OutboxLedger::outbound)
                .toList());
    }

    private static OutboundMessage outbound(Object[] row) {
        MailContent content = MailContent.of((String) row[4], (String) row[5], (String) row[6]);
        if (row[7] != null) {
            content = content.withCalendar((String) row[7], (String) row[8]);
        }
        return new OutboundMessage((Long) row[0], (String) row[1], (String) row[2], (Language) row[3], content);
    }

    /**
     * Records what SMTP said about each claimed message. Delivered messages, nearly all of a batch, are recorded by
     * one conditional update; each failure through the message itself, locked, with its reason and next attempt.
     * Returns what changed: rows no longer held by the batch's token are left alone and not counted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RecordedOutcomes record(ClaimedBatch batch, List<DeliveryOutcome> outcomes, RetryPolicy retries) {
        Instant now = clock.instant();
        int sent = 0;
        int failed = 0;
        int retried = 0;
        List<Long> delivered = outcomes.stream()
                .filter(outcome -> outcome.result() == DeliveryOutcome.Result.DELIVERED)
                .map(DeliveryOutcome::outboxId)
                .toList();
        if (!delivered.isEmpty()) {
            sent = em.createQuery("UPDATE OutboxMessage m SET m.status = :sent, m.sentAt = :now, m.attempts = m.attempts + 1, "
                            + "m.claimToken = NULL, m.version = m.version + 1 "
                            + "WHERE m.id IN :ids AND m.claimToken = :token AND m.status = :pending")
                    .setParameter("sent", OutboxStatus.SENT)
                    .setParameter("now", now)
                    .setParameter("ids", delivered)
                    .setParameter("token", batch.token())
                    .setParameter("pending", OutboxStatus.PENDING)
                    .executeUpdate();
        }
        for (DeliveryOutcome outcome : outcomes) {
            if (outcome.result() != DeliveryOutcome.Result.DELIVERED) {
                OutboxStatus after = recordFailure(batch.token(), outcome, retries, now);
                if (after == OutboxStatus.FAILED) {
                    failed++;
                } else if (after == OutboxStatus.PENDING) {
                    retried++;
                }
            }
        }
        return new RecordedOutcomes(sent, failed, retried);
    }

    /**
     * Gives back a claimed batch that was not sent (the SMTP server went down before its turn): its messages are
     * due again at once, with no attempt counted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(ClaimedBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE OutboxMessage m SET m.claimToken = NULL, m.nextAttemptAt = :now, m.version = m.version + 1 "
                        + "WHERE m.claimToken = :token AND m.status = :pending")
                .setParameter("now", clock.instant())
                .setParameter("token", batch.token())
                .setParameter("pending", OutboxStatus.PENDING)
                .executeUpdate();
    }

    /** The message's status after recording; null when the run no longer holds it. */
    private OutboxStatus recordFailure(String token, DeliveryOutcome outcome, RetryPolicy retries, Instant now) {
        OutboxMessage message = em.find(OutboxMessage.class, outcome.outboxId(), LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isClaimedBy(token)) {
            return null;
        }
        int failedAttempts = message.attempts() + 1;
        if (outcome.result() == DeliveryOutcome.Result.PERMANENT_FAILURE) {
            message.failed(outcome.detail());
        } else if (retries.exhaustedAfter(failedAttempts)) {
            message.failed("Gave up after " + failedAttempts + " attempts: " + outcome.detail());
        } else {
            message.attemptFailed(outcome.detail(), now.plus(retries.delayAfter(failedAttempts)));
        }
        return message.status();
    }
}
