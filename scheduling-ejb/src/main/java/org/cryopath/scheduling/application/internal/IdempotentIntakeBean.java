package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.IdempotencyKey;
import org.cryopath.scheduling.application.IdempotentIntake;
import org.cryopath.scheduling.application.ReferralIntake;
import org.cryopath.scheduling.application.ReferralReceipt;

/**
 * Runs each attempt in a transaction of its own ({@link IdempotencyLedger#registerOnce}), through
 * {@link ConflictRetry}: when two requests with the same key arrive together, the database makes the second wait for
 * the first and then refuses its claim; that attempt is rolled back, and the next one, in a new transaction, finds
 * the first request's key and answers with its referral. Two requests registering the same new patient under
 * different keys meet the same way on the patient's MRN.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class IdempotentIntakeBean implements IdempotentIntake {

    @EJB
    IdempotencyLedger ledger;

    @Inject
    ConflictRetry retry;

    @Override
    public ReferralReceipt register(IdempotencyKey key, ReferralIntake intake) {
        try {
            return retry.attempt("Referral registration (API)", () -> ledger.registerOnce(key, intake));
        } catch (KeyClaimedMeanwhile e) {
            throw DomainException.refused("api.idempotencyKey.busy");
        }
    }
}
