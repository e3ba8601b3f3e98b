package org.cryopath.domain.model.session;

import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.treatment.TreatmentCaseId;

/**
 * A patient went home after a session: the day-after (E8) and week-after (E9) emails are queued, and, when the case
 * entered follow-up with it ({@code followUpStarted}), the referring clinician's summary.
 */
public record SessionDischarged(long sessionId, TreatmentCaseId treatmentCase, PatientId patient,
        boolean followUpStarted) {
}
