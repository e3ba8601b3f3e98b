package org.cryopath.domain.model.preparation;

import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.treatment.TreatmentCaseId;

/**
 * A preparation plan went to the patient (email E2). Carries the acknowledgement link's token, which exists only
 * here and in the email: the database keeps its hash.
 *
 * @param previousPlanId the version it replaces, or null for the first
 */
public record PreparationIssued(long planId, Long previousPlanId, TreatmentCaseId treatmentCase, PatientId patient,
        String acknowledgeToken) {

    /** Redacted: the token is a credential. */
    @Override
    public String toString() {
        return "PreparationIssued[plan=" + planId + ", case=" + treatmentCase + "]";
    }
}
