package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;

/**
 * A session as staff see it: when and where, with whom, for which patient, where it stands, and what needs attention
 * (the preparation's earliest date overridden, a newer plan that conflicts with it, the plan not acknowledged).
 */
public record SessionView(long id, long caseId, long patientId, String patientMrn, String patientName, Instant start,
        Instant end, long roomId, String roomName, long radiologistId, String radiologistName, Long anaesthetistId,
        String anaesthetistName, Guidance guidance, Anaesthesia anaesthesia, SessionStatus status, String cancelReason,
        Long rescheduledFromId, String earliestDateOverride, boolean preparationConflict,
        boolean preparationAcknowledged) implements Serializable {
}
