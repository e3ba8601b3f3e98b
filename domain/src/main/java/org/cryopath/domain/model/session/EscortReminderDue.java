package org.cryopath.domain.model.session;

import org.cryopath.domain.model.patient.PatientId;

/**
 * A session's escort is still not confirmed three days before it: the patient gets E6 with a fresh link
 * ({@code escortToken}). Fired by the escort escalation in the transaction that marks the reminder on the worklist,
 * so the email is queued (key {@code session-<id>/E6}) exactly when that commits.
 */
public record EscortReminderDue(long sessionId, PatientId patient, String escortToken) {

    @Override
    public String toString() {
        return "EscortReminderDue[sessionId=" + sessionId + "]";
    }
}
