package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.cryopath.domain.model.session.EscortCallOutcome;
import org.cryopath.domain.model.session.EscortStatus;

/**
 * The front desk's escort work: the worklist of upcoming sessions whose escort is not confirmed (they join it
 * {@code cryopath.escort.worklist-hours} before their start, or at once when the patient says nobody is available),
 * the log of calls to the patient, and the answer taken on the phone ({@code STAFF_PHONE}, audited with who called).
 */
@Local
public interface EscortDesk {

    /** The sessions to call about, the soonest first, each with the patient's phone and the calls so far. */
    List<Entry> worklist();

    /** The today board's figures: upcoming sessions on the worklist, and how many of them are at risk. */
    Counts counts();

    /** Logs a call attempt and what came of it (no answer, message left, ...); audited. */
    void logCall(long sessionId, EscortCallOutcome outcome, String note);

    /**
     * The patient named their escort on the phone: confirmed as {@code STAFF_PHONE} by the signed-in user, with the
     * call logged. A missing name or phone, or a phone that is not one, is refused on its field; nothing is stored.
     */
    void confirmByPhone(long sessionId, Answer answer);

    /** The patient said on the phone that nobody can take them home: the session is at risk; the call is logged. */
    void unavailableByPhone(long sessionId, String note);

    /** The escort's details as the patient or the front desk give them. */
    record Answer(String name, String phone, String relationship, String note) {
    }

    /**
     * One session on the worklist.
     *
     * @param atRisk within {@code cryopath.escort.at-risk-hours} of its start, or nobody available
     * @param reconfirmation a confirmed escort kept from a rescheduled session, to be confirmed for the new time
     */
    record Entry(long sessionId, long caseId, long patientId, String patientName, String patientMrn,
            String patientPhone, Instant start, EscortStatus escortStatus, String escortName, boolean reconfirmation,
            boolean atRisk, Instant joinedAt, Instant reminderQueuedAt, List<Call> calls) implements Serializable {

        public Entry {
            calls = List.copyOf(calls);
        }
    }

    record Call(Instant at, String by, EscortCallOutcome outcome, String note) implements Serializable {
    }

    record Counts(long unconfirmed, long atRisk) implements Serializable {
    }
}
