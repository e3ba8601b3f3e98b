package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.IdempotencyKey;
import org.cryopath.scheduling.application.IdempotentBooking;
import org.cryopath.scheduling.application.SessionBooking;

/** Each attempt in a transaction of its own ({@link SessionApiLedger}), tried again by {@link ConflictRetry}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class IdempotentBookingBean implements IdempotentBooking {

    @EJB
    SessionApiLedger ledger;

    @Inject
    ConflictRetry retry;

    @Override
    public Receipt book(IdempotencyKey key, long caseId, SessionBooking.Request request) {
        try {
            return retry.attempt("Session booking (API)", () -> ledger.bookOnce(key, caseId, request));
        } catch (KeyClaimedMeanwhile e) {
            throw DomainException.refused("api.idempotencyKey.busy");
        }
    }

    @Override
    public Receipt cancel(IdempotencyKey key, long sessionId, String reason) {
        try {
            return retry.attempt("Session cancellation (API)", () -> ledger.cancelOnce(key, sessionId, reason));
        } catch (KeyClaimedMeanwhile e) {
            throw DomainException.refused("api.idempotencyKey.busy");
        }
    }
}
