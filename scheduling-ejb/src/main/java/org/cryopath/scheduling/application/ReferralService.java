package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.util.Optional;

/** Referral intake: registering what referring clinicians send, and listing it for the front desk. */
@Local
public interface ReferralService {

    /** The most referrals one page of the list holds, whatever is asked. */
    int MAX_PAGE_SIZE = 100;

    /**
     * Registers a referral for a patient recognised by MRN (or new to the clinic), and tells the patient we have
     * it (email E1, through the outbox, in the same transaction).
     *
     * @throws org.cryopath.domain.shared.InvalidInputException listing every faulty field; nothing is stored
     * @throws org.cryopath.domain.shared.DomainException when the MRN belongs to another person
     */
    ReferralRegistration register(ReferralIntake intake);

    /**
     * One page of the referrals received, newest first, with how many there are in all.
     *
     * @param first the position of the page's first referral, from 0
     * @param pageSize at most this many, and never more than {@link #MAX_PAGE_SIZE}
     */
    Page<ReferralSummary> referrals(int first, int pageSize);

    /** One referral with its patient and referrer; empty when there is no such referral. */
    Optional<ReferralDetails> details(long referralId);
}
