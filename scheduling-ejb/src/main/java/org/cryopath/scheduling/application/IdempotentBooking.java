package org.cryopath.scheduling.application;

import jakarta.ejb.Local;

/**
 * Booking and cancelling for other systems, once per caller and Idempotency-Key (as {@link IdempotentIntake} registers
 * referrals): the first request with a key books or cancels and keeps the key with the session, in the same
 * transaction; the same request again is answered with that session; another request under the key is refused.
 */
@Local
public interface IdempotentBooking {

    /** A session and whether the answer is a replay of an earlier request with the same key. */
    record Receipt(SessionView session, boolean replayed) {
    }

    Receipt book(IdempotencyKey key, long caseId, SessionBooking.Request request);

    Receipt cancel(IdempotencyKey key, long sessionId, String reason);
}
