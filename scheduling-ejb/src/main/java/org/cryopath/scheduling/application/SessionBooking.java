package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Booking a case's sessions: free slots, book, reschedule, cancel, no-show. Every booking re-checks every rule of the
 * clinic's calendar inside its transaction, with the rooms, clinicians, patient and recovery hours it needs locked, so
 * no two sessions ever overlap, whatever runs at the same moment on however many nodes. Each step queues its emails
 * in the same transaction.
 */
@Local
public interface SessionBooking {

    /**
     * What to book: when (an instant; staff pick a clinic wall-clock time), where, with whom. The length is the
     * organ's unless given (within the clinic's limits). A clinician may let the session start before the
     * preparation's earliest date by giving a reason.
     */
    record Request(Instant start, Long roomId, Long radiologistId, Long anaesthetistId, Integer durationMinutes,
            String earliestDateOverride) {
    }

    /**
     * Which slots: from a day on (the preparation's earliest date at the soonest, unless a clinician overrides it),
     * perhaps with one radiologist; for a reschedule, the session being moved (its own time does not block).
     */
    record SlotQuery(LocalDate from, Long radiologistId, boolean overrideEarliestDate, int maxResults,
            Long movingSessionId) {

        public SlotQuery(LocalDate from, Long radiologistId, boolean overrideEarliestDate, int maxResults) {
            this(from, radiologistId, overrideEarliestDate, maxResults, null);
        }
    }

    /** The case and what slot search starts from: its earliest date, its sessions. */
    record CaseSchedule(long caseId, LocalDate earliestDate, int plannedSessions, List<SessionView> sessions)
            implements Serializable {
    }

    CaseSchedule schedule(long caseId);

    List<SlotView> freeSlots(long caseId, SlotQuery query);

    SessionView book(long caseId, Request request);

    /** Cancels the session and books a new one linked to it, with every rule checked (the old time does not block). */
    SessionView reschedule(long sessionId, Request request);

    SessionView cancel(long sessionId, String reason);

    SessionView markNoShow(long sessionId);

    /** A clinician keeps a session despite a newer plan's later earliest date. */
    SessionView overridePreparationConflict(long sessionId, String reason);

    Optional<SessionView> session(long sessionId);

    /** Sessions starting in [from, to), any status, by start: the calendar and the today board. */
    List<SessionView> sessionsBetween(Instant from, Instant to);
}
