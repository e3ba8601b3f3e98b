package org.cryopath.notifications.application.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * R1, to the referring clinician at discharge, in English: the treatment of the patient they referred (the sessions
 * so far, anaesthesia), and what comes next (the follow-up scans, or further sessions). It carries no more patient
 * data than the referral did: the patient's name and date of birth. Templates: {@code referrer-summary} (English).
 *
 * @param referrer the referring clinician's name
 * @param sessions the case's sessions so far, oldest first
 * @param furtherSessions how many planned sessions remain (0 once the treatment is complete)
 * @param followUpImaging the follow-up scans' due dates, empty while sessions remain
 */
public record ReferrerSummary(String referrer, String patientName, LocalDate patientDateOfBirth,
        LocalDate referredOn, String anaesthesia, String guidance, List<SessionLine> sessions, int furtherSessions,
        List<LocalDate> followUpImaging) implements MailModel {

    /** One session: when, and whether it was completed or stopped. */
    public record SessionLine(Instant start, boolean completed) {
    }

    public ReferrerSummary {
        sessions = List.copyOf(sessions);
        followUpImaging = List.copyOf(followUpImaging);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.R1_REFERRER_SUMMARY;
    }
}
