package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.model.treatment.TreatmentCaseId;

/**
 * Clinicians triage referrals: accept one (its treatment case opens), decline it with a reason, or ask the referrer
 * a question and wait. Every decision is audited and on the patient's pathway.
 */
@Local
public interface Triage {

    /** The most sessions a case may plan. */
    int MAX_PLANNED_SESSIONS = TreatmentCase.MAX_SESSIONS;

    /** The most referrals one page of the inbox holds, whatever is asked. */
    int MAX_PAGE_SIZE = 100;

    /**
     * One page of the referrals waiting for a decision or for the referrer's answer: urgent first, then the longest
     * waiting; with how many wait in all.
     *
     * @param patient only the referrals of patients with this MRN, or whose family or given name starts with this;
     *     blank or null for the whole inbox
     * @param first the position of the page's first referral in the (found) inbox, from 0
     * @param pageSize at most this many, and never more than {@link #MAX_PAGE_SIZE}
     */
    Page<TriageItem> inbox(String patient, int first, int pageSize);

    /** Accepts the referral and opens its treatment case. */
    TreatmentCaseId accept(long referralId, Decision decision);

    void decline(long referralId, String reason);

    void askForInformation(long referralId, String question);

    /** The referrer answered: the referral is back in the inbox. */
    void informationReceived(long referralId);

    /** How the treatment will be done. */
    record Decision(Anaesthesia anaesthesia, Guidance guidance, int plannedSessions) {
    }
}
