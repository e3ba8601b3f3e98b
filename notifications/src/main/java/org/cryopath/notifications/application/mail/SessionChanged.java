package org.cryopath.notifications.application.mail;

import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E4: the session moved (sent with a calendar update, {@code METHOD:REQUEST} with the next SEQUENCE) or was
 * cancelled ({@code METHOD:CANCEL}). Templates: {@code session-changed}.
 *
 * @param previous the appointment as the patient knew it
 * @param replacement the new appointment, or null when the session is cancelled and not replaced
 * @param escortUrl the new session's escort link, asking the patient to name (or confirm again) who takes them home
 *     at the new time; null when cancelled
 */
public record SessionChanged(Addressee patient, Appointment previous, Appointment replacement, String escortUrl)
        implements PatientMail {

    public SessionChanged(Addressee patient, Appointment previous, Appointment replacement) {
        this(patient, previous, replacement, null);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.E4_SESSION_CHANGED;
    }

    public boolean cancelled() {
        return replacement == null;
    }

    @Override
    public String subjectKey() {
        return cancelled() ? "session-changed.cancelled.subject" : "session-changed.rescheduled.subject";
    }
}
