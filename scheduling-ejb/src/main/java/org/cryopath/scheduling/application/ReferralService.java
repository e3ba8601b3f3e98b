package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Referral intake: registering what referring clinicians send, and listing it for the front desk. */
@Local
public interface ReferralService {

    /**
     * Registers a referral for a patient recognised by MRN (or new to the clinic), and tells the patient we have
     * it (email E1, through the outbox, in the same transaction).
     *
     * @throws org.cryopath.domain.shared.InvalidInputException listing every faulty field; nothing is stored
     * @throws org.cryopath.domain.shared.DomainException when the MRN belongs to another person
     */
    ReferralRegistration register(ReferralIntake intake);

    /** The most recently received referrals, newest first. */
    List<ReferralSummary> recentReferrals(int maxResults);

    /** One referral with its patient and referrer; empty when there is no such referral. */
    Optional<ReferralDetails> details(long referralId);
}
