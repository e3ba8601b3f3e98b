package org.cryopath.domain.model.session;

import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.treatment.TreatmentCaseId;

/**
 * A session was booked (not as a reschedule): the patient gets its confirmation (E3) with a calendar invitation, and
 * its reminders (E5, E7) are queued. {@code firstOfCase} when it is the case's first active session: the preparation
 * instructions go out again with real dates. The tokens are those of the patient's new links (the escort's, and for
 * the first session the preparation's sent again); they belong in the emails and nowhere else.
 */
public record SessionBooked(long sessionId, TreatmentCaseId treatmentCase, PatientId patient, boolean firstOfCase,
        String escortToken, String preparationToken) {
}
