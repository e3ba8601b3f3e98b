package org.cryopath.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.shared.Require;
import org.cryopath.notifications.infrastructure.smtp.MessageIds;

/**
 * The only way an email leaves CryoPath: a row written in the caller's transaction. There must be one
 * ({@code MANDATORY}): a rolled-back change then sends nothing, and a committed one is never forgotten.
 *
 * <p>A service that changes what pending mail is about (a session rescheduled or cancelled) calls
 * {@link #supersede} and enqueues the replacements in the same transaction: the stale reminders are withdrawn
 * exactly when the change commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    /** The start of the reason stored on superseded messages, before the caller's own words. */
    public static final String SUPERSEDED = "Superseded: ";

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MessageIds messageIds;

    /**
     * Enqueues the mail unless a message with its idempotency key exists already; returns the message either
     * way. The unique key in the database settles a race between two transactions (the second one fails and
     * rolls back, as the same cause cannot happen twice).
     */
    public OutboxMessage enqueue(OutgoingMail mail) {
        return find(mail.idempotencyKey()).orElseGet(() -> {
            OutboxMessage message = OutboxMessage.enqueue(mail.idempotencyKey(), mail.topic(), mail.kind(),
                    mail.patient(), mail.recipient(), mail.language(), mail.content(), messageIds.next(),
                    mail.dueAt(), clock.instant());
            em.persist(message);
            return message;
        });
    }

    /**
     * Cancels every pending message of {@code topic} (e.g. the reminders of {@code session-42} when it is
     * rescheduled), in the caller's transaction; returns how many. Sent and failed messages are history and stay.
     *
     * <p>One conditional update rather than entity by entity: a dispatcher may claim or record one of these rows
     * at the same moment, and the booking must not fail on that. A message a dispatcher is sending right now may
     * still go out; it will not be recorded as sent. Call it before enqueuing the replacements, which carry new
     * idempotency keys (the new session's).
     *
     * <p>Written in SQL with its values bound: the same update in JPQL reached Derby as a plain statement, not a
     * prepared one (a JFR recording of the booking benchmark: {@code EmbedStatement.executeLargeUpdate}, then
     * {@code prepareInternalStatement}), which Derby compiled afresh every time — a tenth of a booking's time.
     *
     * @param reason why, for staff reading the monitor (no patient data: it is shown and may be logged)
     */
    public int supersede(String topic, String reason) {
        String why = SUPERSEDED + Require.text(reason, "reason");
        return em.createNativeQuery("UPDATE OUTBOX_MESSAGE SET STATUS = ?, LAST_ERROR = ?, CLAIM_TOKEN = NULL, "
                        + "VERSION = VERSION + 1 WHERE TOPIC = ? AND STATUS = ?")
                .setParameter(1, OutboxStatus.CANCELLED.name())
                .setParameter(2, why.length() <= OutboxMessage.ERROR_MAX_LENGTH
                        ? why : why.substring(0, OutboxMessage.ERROR_MAX_LENGTH))
                .setParameter(3, Require.text(topic, "topic"))
                .setParameter(4, OutboxStatus.PENDING.name())
                .executeUpdate();
    }

    private Optional<OutboxMessage> find(String idempotencyKey) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.idempotencyKey = :key", OutboxMessage.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }
}
