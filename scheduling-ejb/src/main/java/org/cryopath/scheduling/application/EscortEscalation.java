package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.time.Instant;

/**
 * The escort's escalation, run by a timer on every node ({@code cryopath.escort.interval-seconds}): a session
 * without a confirmed escort joins the escort worklist {@code cryopath.escort.worklist-hours} (72) before its start,
 * is flagged at risk {@code cryopath.escort.at-risk-hours} (24) before, and the patient gets E6 with a fresh link
 * {@code cryopath.escort.reminder-days} (3) before. Each due session is handled in a transaction of its own; when two
 * runs reach it at the same moment, the database lets one do it and the other skips it.
 */
@Local
public interface EscortEscalation {

    /** One run at the clock's time. */
    Report runDue();

    /** One run as if the time were {@code now}: how tests move time instead of waiting. */
    Report runAt(Instant now);

    /**
     * What a run did: sessions added to the worklist, flagged at risk, E6 queued; and sessions it left because another
     * run had them at the same moment.
     */
    record Report(int joined, int atRisk, int reminders, int skipped) {

        public static final Report NONE = new Report(0, 0, 0, 0);

        public Report plus(Report other) {
            return new Report(joined + other.joined, atRisk + other.atRisk, reminders + other.reminders,
                    skipped + other.skipped);
        }
    }
}
