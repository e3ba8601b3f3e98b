package org.cryopath.notifications.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.notifications.application.OutboxBacklog;

/** Each figure is one query on the status index, cheap enough for every scrape; none reads a message. */
@Stateless
// Read by readiness and the metrics scrape, which run without a signed-in user; they answer counts and an age,
// nothing about a patient.
@PermitAll
public class OutboxBacklogBean implements OutboxBacklog {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public long count(OutboxStatus status) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public Optional<Duration> oldestDueAge() {
        Instant now = clock.instant();
        Instant oldest = em.createQuery("SELECT MIN(m.dueAt) FROM OutboxMessage m WHERE m.status = :pending "
                        + "AND m.dueAt <= :now", Instant.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now)
                .getSingleResult();
        return Optional.ofNullable(oldest).map(due -> Duration.between(due, now));
    }
}
