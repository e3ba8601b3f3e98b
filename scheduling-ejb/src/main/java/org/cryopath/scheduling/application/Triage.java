package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.util.List;
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

    /** Referrals waiting for a decision or for the referrer's answer: urgent first, then the longest waiting. */
    List<TriageItem> inbox();

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
