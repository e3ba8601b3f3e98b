package org.cryopath.notifications.application.mail;

import java.util.List;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E5, seven days before: the preparation that starts now and the tests to get done. Templates:
 * {@code preparation-reminder}.
 *
 * @param startingNow the dated instructions that begin in the coming days
 * @param labs the tests to have done before the session, in the patient's language (e.g. "Blood test (INR) on or
 *     after Saturday 5 December")
 * @param acknowledgeUrl the link to the full instructions, or null
 */
public record PreparationReminder(Addressee patient, Appointment appointment, List<PreparationStep> startingNow,
        List<String> labs, String acknowledgeUrl) implements PatientMail {

    public PreparationReminder {
        startingNow = List.copyOf(startingNow);
        labs = List.copyOf(labs);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.E5_PREPARATION_REMINDER;
    }
}
