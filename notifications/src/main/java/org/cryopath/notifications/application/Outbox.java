package org.cryopath.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.notifications.infrastructure.smtp.MessageIds;

/**
 * The only way an email leaves CryoPath: a row written in the caller's transaction. There must be one
 * ({@code MANDATORY}): a rolled-back change then sends nothing, and a committed one is never forgotten.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MessageIds messageIds;

    /**
     * Enqueues the mail unless a message with its idempotency key exists already; returns the message either
     * way. The unique key in the database settles a race between two transactions.
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

    private Optional<OutboxMessage> find(String idempotencyKey) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.idempotencyKey = :key", OutboxMessage.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }
}
