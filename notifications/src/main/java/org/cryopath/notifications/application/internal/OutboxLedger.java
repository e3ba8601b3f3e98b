package org.cryopath.notifications.application.internal;

import jakarta.annotation.security.PermitAll;
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
import org.cryopath.domain.persistence.Database;
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
// Called only by the outbox dispatcher, whose timer runs without a signed-in user; it reads and records what is
// due, nothing a caller chooses.
@PermitAll
public class OutboxLedger {

    /** Rounds of select-then-claim when another dispatcher took every candidate first. */
    private static final int CLAIM_ROUNDS = 3;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Database database;

    /**
     * Claims up to {@code max} due messages for one dispatcher run; empty when nothing is due.
     *
     * @param settle how old a message must be before it is claimed: the candidates are read without waiting on
     *               transactions still writing (see {@link #dueCandidates}), and a message written that recently
     *               may belong to a transaction that has not committed yet
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ClaimedBatch claimDue(int max, Duration lease, Duration settle) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        int claimed = 0;
        for (int round = 0; round < CLAIM_ROUNDS && claimed == 0; round++) {
            List<Long> candidates = dueCandidates(now, now.minus(settle), max);
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

    /**
     * The ids of up to {@code max} pending messages due by {@code now} and written before {@code writtenBefore}, in
     * the order they fell due. The read waits on no other transaction: on Derby it is a dirty read ({@code WITH UR}),
     * which neither waits for the row locks of transactions that are enqueuing messages nor holds locks that would
     * make them wait; the conditional update that claims the candidates then checks each one again under its lock,
     * and the settle time keeps rows of transactions still in flight out of the candidates.
     */
    private List<Long> dueCandidates(Instant now, Instant writtenBefore, int max) {
        return switch (database.product()) {
            case DERBY -> ((List<?>) em.createNativeQuery("SELECT ID FROM OUTBOX_MESSAGE WHERE STATUS = 'PENDING' "
                            + "AND NEXT_ATTEMPT_AT <= ? AND CREATED_AT <= ? ORDER BY NEXT_ATTEMPT_AT, ID "
                            + "FETCH FIRST " + max + " ROWS ONLY WITH UR")
                    .setParameter(1, now.toEpochMilli())
                    .setParameter(2, writtenBefore.toEpochMilli())
                    .getResultList())
                    .stream().map(id -> ((Number) id).longValue()).toList();
        };
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
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(ClaimedBatch batch, List<DeliveryOutcome> outcomes, RetryPolicy retries) {
        Instant now = clock.instant();
        List<Long> delivered = outcomes.stream()
                .filter(outcome -> outcome.result() == DeliveryOutcome.Result.DELIVERED)
                .map(DeliveryOutcome::outboxId)
                .toList();
        if (!delivered.isEmpty()) {
            em.createQuery("UPDATE OutboxMessage m SET m.status = :sent, m.sentAt = :now, m.attempts = m.attempts + 1, "
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
                recordFailure(batch.token(), outcome, retries, now);
            }
        }
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

    private void recordFailure(String token, DeliveryOutcome outcome, RetryPolicy retries, Instant now) {
        OutboxMessage message = em.find(OutboxMessage.class, outcome.outboxId(), LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isClaimedBy(token)) {
            return;
        }
        int failedAttempts = message.attempts() + 1;
        if (outcome.result() == DeliveryOutcome.Result.PERMANENT_FAILURE) {
            message.failed(outcome.detail());
        } else if (retries.exhaustedAfter(failedAttempts)) {
            message.failed("Gave up after " + failedAttempts + " attempts: " + outcome.detail());
        } else {
            message.attemptFailed(outcome.detail(), now.plus(retries.delayAfter(failedAttempts)));
        }
    }
}
