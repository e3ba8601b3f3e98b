package org.cryopath.domain.model.followup;

import org.cryopath.domain.model.patient.PatientId;

/** A follow-up scan was booked: the patient gets its confirmation (E10). */
public record ImagingBooked(long touchpointId, PatientId patient) {
}
