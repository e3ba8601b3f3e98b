package org.cryopath.notifications.application.mail;

import org.cryopath.domain.model.outbox.MessageKind;

/** The model of one patient email: which email it is, and whom it addresses. */
public sealed interface PatientMail permits ReferralReceived, PreparationInstructions, SessionBooked,
        SessionChanged, PreparationReminder, EscortReminder, DayBefore, DayAfter, WeekAfter, FollowUpImaging {

    MessageKind kind();

    Addressee patient();

    /** The key of the subject in the mail bundles; an email with two situations overrides it. */
    default String subjectKey() {
        return kind().templateName() + ".subject";
    }
}
