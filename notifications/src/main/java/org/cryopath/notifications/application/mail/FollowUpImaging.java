package org.cryopath.notifications.application.mail;

import java.time.LocalDate;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E10: follow-up imaging is due: an invitation to call and book it, or, once booked, its confirmation. Templates:
 * {@code follow-up-imaging}.
 *
 * @param dueBy the clinic calendar date by which the scan should be done
 * @param booked the booked scan, or null while it is still to be booked
 */
public record FollowUpImaging(Addressee patient, LocalDate dueBy, Appointment booked) implements PatientMail {

    @Override
    public MessageKind kind() {
        return MessageKind.E10_FOLLOW_UP_IMAGING;
    }

    @Override
    public String subjectKey() {
        return booked == null ? "follow-up-imaging.subject" : "follow-up-imaging.booked.subject";
    }
}
