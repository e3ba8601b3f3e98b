package org.cryopath.domain.model.session;

import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.treatment.TreatmentCaseId;

/**
 * A session moved: {@code previousSessionId} was cancelled and {@code sessionId} booked in its place, linked to it.
 * The old reminders are withdrawn, the patient gets E4 with the calendar update (same UID, next SEQUENCE), and the new
 * session's reminders are queued.
 */
public record SessionRescheduled(long previousSessionId, long sessionId, TreatmentCaseId treatmentCase,
        PatientId patient, String escortToken, String preparationToken) {
}
