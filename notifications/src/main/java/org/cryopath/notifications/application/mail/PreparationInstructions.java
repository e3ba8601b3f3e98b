package org.cryopath.notifications.application.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E2: the patient's individual preparation, with real calendar dates, and a link to acknowledge it. Templates:
 * {@code preparation-instructions}.
 *
 * @param sessionStart the booked session's start, or null while no session is booked
 * @param earliestDate while no session is booked: the first day the procedure can take place (the longest
 *     medicine hold counted from today); null once booked
 * @param steps the instructions, in order: dated once booked, counted back from the procedure before
 * @param acknowledgeUrl the one-time link where the patient confirms they have read them
 * @param revised true when this replaces instructions sent before (the plan changed)
 */
public record PreparationInstructions(Addressee patient, Instant sessionStart, LocalDate earliestDate,
        List<PreparationStep> steps, String acknowledgeUrl, boolean revised) implements PatientMail {

    public PreparationInstructions {
        steps = List.copyOf(steps);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.E2_PREPARATION_INSTRUCTIONS;
    }

    @Override
    public String subjectKey() {
        return revised ? "preparation-instructions.revised.subject" : PatientMail.super.subjectKey();
    }
}
