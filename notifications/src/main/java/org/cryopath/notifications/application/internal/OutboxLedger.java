package org.cryopath.notifications.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.notifications.infrastructure.smtp.DeliveryOutcome;
import org.cryopath.notifications.infrastructure.smtp.OutboundMessage;

/**
 * The dispatcher's reads and writes of the outbox, each in a short transaction of its own, so that no
 * transaction stays open while SMTP is talking.
 */
@Stateless
public class OutboxLedger {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims up to {@code max} due messages for this dispatcher run. The conditional update only takes rows that
     * are still pending and due, and moves them to {@code now + lease}: a dispatcher on another node running the
     * same update at the same moment gets the other rows, never the same one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ClaimedBatch claimDue(int max, Duration lease) {
        Instant now = clock.instant();
        List<Long> candidates = em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.status = :pending "
                        + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        if (candidates.isEmpty()) {
            return ClaimedBatch.EMPTY;
        }
        String token = UUID.randomUUID().toString();
        em.createQuery("UPDATE OutboxMessage m SET m.claimToken = :token, m.nextAttemptAt = :leaseEnd, "
                        + "m.version = m.version + 1 WHERE m.id IN :ids AND m.status = :pending AND m.nextAttemptAt <= :now")
                .setParameter("token", token)
                .setParameter("leaseEnd", now.plus(lease))
                .setParameter("ids", candidates)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return new ClaimedBatch(token, em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.claimToken = :token ORDER BY m.id", OutboxMessage.class)
                .setParameter("token", token)
                .getResultStream()
                .map(m -> new OutboundMessage(m.id(), m.messageId(), m.recipient().value(), m.language(), m.content()))
                .toList());
    }

    /**
     * Records what SMTP said about each claimed message. A row whose lease ran out and that another run claimed
     * meanwhile is left to that run.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(ClaimedBatch batch, List<DeliveryOutcome> outcomes, RetryPolicy retries) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, OutboxMessage> claimed = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.id IN :ids",
                        OutboxMessage.class)
                .setParameter("ids", outcomes.stream().map(DeliveryOutcome::outboxId).toList())
                .getResultStream()
                .collect(Collectors.toMap(OutboxMessage::id, Function.identity()));
        for (DeliveryOutcome outcome : outcomes) {
            OutboxMessage message = claimed.get(outcome.outboxId());
            if (message == null || message.status() != OutboxStatus.PENDING
                    || !batch.token().equals(message.claimToken())) {
                continue;
            }
            switch (outcome.result()) {
                case DELIVERED -> message.delivered(now);
                case PERMANENT_FAILURE -> message.failed(outcome.detail());
                case TRANSIENT_FAILURE -> {
                    if (retries.exhaustedAfter(message.attempts() + 1)) {
                        message.failed("Gave up after " + (message.attempts() + 1) + " attempts: " + outcome.detail());
                    } else {
                        message.attemptFailed(outcome.detail(), now.plus(retries.delayAfter(message.attempts() + 1)));
                    }
                }
            }
        }
    }
}
