package org.cryopath.scheduling.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.IdempotencyKey;
import org.cryopath.scheduling.application.IdempotentIntake;
import org.cryopath.scheduling.application.ReferralIntake;
import org.cryopath.scheduling.application.ReferralReceipt;

/**
 * Runs each attempt in a transaction of its own ({@link IdempotencyLedger#registerOnce}): when two requests with
 * the same key arrive together, the database makes the second wait for the first and then refuses its claim; that
 * attempt is rolled back, and the next one, in a new transaction, finds the first request's key and answers with
 * its referral.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotentIntakeBean implements IdempotentIntake {

    private static final Logger LOG = Logger.getLogger(IdempotentIntakeBean.class.getName());

    /** Attempts before telling the caller to try later; a claim lost to a committed request succeeds on the second. */
    static final int MAX_ATTEMPTS = 3;

    @EJB
    IdempotencyLedger ledger;

    @Override
    public ReferralReceipt register(IdempotencyKey key, ReferralIntake intake) {
        for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                return ledger.registerOnce(key, intake);
            } catch (KeyClaimedMeanwhile e) {
                int lost = attempt;
                LOG.fine(() -> "Idempotency key of " + key.caller() + " claimed by a concurrent request (attempt " + lost + ")");
            }
        }
        try {
            return ledger.registerOnce(key, intake);
        } catch (KeyClaimedMeanwhile e) {
            throw DomainException.refused("api.idempotencyKey.busy");
        }
    }
}
