package org.cryopath.scheduling.application;

import jakarta.ejb.Local;

/**
 * Referral intake for other systems, which retry when an answer gets lost: a request sent again under the same
 * key creates nothing new, and is answered as the first one was.
 */
@Local
public interface IdempotentIntake {

    /**
     * Registers the referral as {@link ReferralService#register} does, once per caller and key. The key is stored
     * in the transaction of the referral; if another request with the same key is being carried out at the same
     * moment, this one waits for it and answers with its result.
     *
     * @return the referral registered now, or ({@link ReferralReceipt#replayed()}) by the first request with the key
     * @throws org.cryopath.domain.shared.InvalidInputException listing every faulty field; nothing is stored, and
     *         the key stays free
     * @throws org.cryopath.domain.shared.DomainException {@code api.idempotencyKey.reused} when the caller used the
     *         key before for a different request; {@code api.idempotencyKey.busy} when a request with the key is
     *         still being carried out after several waits
     */
    ReferralReceipt register(IdempotencyKey key, ReferralIntake intake);
}
