package org.cryopath.domain.model.session;

import java.time.Instant;

/**
 * What one booked session holds, as slot search and the booking check read it: its room until the turnover ends, its
 * radiologist and anaesthetist (null under sedation) for the procedure, its patient until recovery ends, and a
 * recovery bay from the procedure's end.
 */
public record Busy(long sessionId, long caseId, long patientId, long roomId, long radiologistId, Long anaesthetistId,
        Instant start, Instant end, Instant turnoverEnd, Instant recoveryEnd) {

    boolean holdsRoom(long room, Instant from, Instant to) {
        return roomId == room && start.isBefore(to) && from.isBefore(turnoverEnd);
    }

    boolean holdsClinician(long clinician, Instant from, Instant to) {
        return (radiologistId == clinician || (anaesthetistId != null && anaesthetistId == clinician))
                && start.isBefore(to) && from.isBefore(end);
    }

    boolean holdsPatient(long patient, Instant from, Instant to) {
        return patientId == patient && start.isBefore(to) && from.isBefore(recoveryEnd);
    }

    boolean inRecoveryDuring(Instant from, Instant to) {
        return end.isBefore(to) && from.isBefore(recoveryEnd);
    }
}
