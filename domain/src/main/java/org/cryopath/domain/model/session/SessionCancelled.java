package org.cryopath.domain.model.session;

import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.treatment.TreatmentCaseId;

/** A session was cancelled (not moved): its reminders are withdrawn and the patient gets E4 with METHOD:CANCEL. */
public record SessionCancelled(long sessionId, TreatmentCaseId treatmentCase, PatientId patient) {
}
