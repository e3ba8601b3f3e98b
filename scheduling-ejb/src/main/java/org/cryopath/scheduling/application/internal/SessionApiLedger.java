package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.cryopath.domain.model.idempotency.IdempotentRequest;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.persistence.ConcurrencyConflicts;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.IdempotencyKey;
import org.cryopath.scheduling.application.IdempotentBooking.Receipt;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.scheduling.application.SessionView;

/**
 * One attempt at a session request under an idempotency key, in one transaction: answer from the key's row when the
 * caller used it before, otherwise claim the key, do the work and note the session on the key, committed together
 * (a refused booking stores nothing, the key included).
 */
@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class SessionApiLedger {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @EJB
    SessionBooker booker;

    @Inject
    Clock clock;

    public Receipt bookOnce(IdempotencyKey key, long caseId, SessionBooking.Request request) {
        return once(key, IdempotentRequest.BOOK_SESSION, () -> booker.book(caseId, request));
    }

    public Receipt cancelOnce(IdempotencyKey key, long sessionId, String reason) {
        return once(key, IdempotentRequest.CANCEL_SESSION, () -> booker.cancel(sessionId, reason));
    }

    private Receipt once(IdempotencyKey key, String operation, Supplier<SessionView> work) {
        Optional<IdempotentRequest> earlier = em.createQuery("SELECT r FROM IdempotentRequest r WHERE r.caller = :caller "
                        + "AND r.operation = :operation AND r.idempotencyKey = :key", IdempotentRequest.class)
                .setParameter("caller", key.caller())
                .setParameter("operation", operation)
                .setParameter("key", key.key())
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().isSameRequest(key.fingerprint())) {
                throw DomainException.refused("api.idempotencyKey.reused");
            }
            long sessionId = earlier.get().session().orElseThrow(() -> new IllegalStateException(
                    "A committed idempotency key without its session"));
            return new Receipt(SessionViews.of(em, em.find(Session.class, sessionId)), true);
        }
        IdempotentRequest claim = IdempotentRequest.claim(key.caller(), operation, key.key(), key.fingerprint(),
                clock.instant());
        try {
            em.persist(claim);
            em.flush();
        } catch (PersistenceException e) {
            throw ConcurrencyConflicts.reason(e).map(KeyClaimedMeanwhile::new).orElseThrow(() -> e);
        }
        SessionView session = work.get();
        claim.concernedSession(session.id());
        return new Receipt(session, false);
    }
}
