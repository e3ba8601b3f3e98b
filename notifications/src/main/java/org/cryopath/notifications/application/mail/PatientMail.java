package org.cryopath.notifications.application.mail;

/** The model of one patient email: which email it is, and whom it addresses. */
public sealed interface PatientMail extends MailModel permits ReferralReceived, PreparationInstructions, SessionBooked,
        SessionChanged, PreparationReminder, EscortReminder, DayBefore, DayAfter, WeekAfter, FollowUpImaging {

    Addressee patient();
}
