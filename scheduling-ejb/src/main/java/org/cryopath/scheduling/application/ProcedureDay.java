package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.model.session.EscortStatus;
import org.cryopath.domain.model.session.FlowStage;
import org.cryopath.domain.model.session.SessionOutcome;

/**
 * The procedure day: today's sessions as a flow (expected, checked in, in procedure, recovery, discharged) and each
 * step of a patient through it. Check-in is the escort gate: without a confirmed escort only a clinician checks the
 * patient in, with a reason. Discharge moves the case on (to follow-up after its last planned session) and queues the
 * day-after and week-after emails and the referrer's summary. Every step is audited and on the patient's timeline; two
 * staff doing the same step at once end with one done and the other told it is done already.
 */
@Local
public interface ProcedureDay {

    /** One session on the flow board. {@code missingLabs}: the plan's tests with no result inside their window. */
    record FlowItem(long sessionId, long caseId, long patientId, String patientMrn, String patientName, Instant start,
            String roomName, String radiologistName, FlowStage stage, EscortStatus escortStatus, String escortName,
            String checkInOverride, SessionOutcome outcome, String outcomeNote, String collectedBy,
            List<String> missingLabs) implements Serializable {

        public FlowItem {
            missingLabs = List.copyOf(missingLabs);
        }
    }

    /** A clinic day's sessions by start, and how many are at each stage. */
    record Board(LocalDate day, Map<FlowStage, Long> counts, List<FlowItem> sessions) implements Serializable {

        public Board {
            counts = Map.copyOf(counts);
            sessions = List.copyOf(sessions);
        }
    }

    Board today();

    /** How many of today's sessions are at each stage (every stage present), without the sessions: the today board's panel. */
    Map<FlowStage, Long> todayCounts();

    /** @param overrideReason a clinician's reason to check in without a confirmed escort; null otherwise */
    FlowItem checkIn(long sessionId, String overrideReason);

    FlowItem startProcedure(long sessionId);

    /** @param note what was done; for an aborted procedure the reason, required */
    FlowItem endProcedure(long sessionId, SessionOutcome outcome, String note);

    /** @param collectedBy who took the patient home; the confirmed escort when null */
    FlowItem discharge(long sessionId, String collectedBy);

    FlowItem markNoShow(long sessionId);

    /** Records a blood test's result for the case's preparation: the test (a LABS item's code), day and value. */
    void recordLabResult(long caseId, String test, LocalDate takenOn, String result);
}
