package org.cryopath.notifications.application.mail;

import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E6, three days before, while no escort is confirmed: someone must take the patient home. Templates:
 * {@code escort-reminder}.
 *
 * @param escortUrl the one-time link where the patient confirms their escort
 */
public record EscortReminder(Addressee patient, Appointment appointment, String escortUrl) implements PatientMail {

    @Override
    public MessageKind kind() {
        return MessageKind.E6_ESCORT_REMINDER;
    }
}
