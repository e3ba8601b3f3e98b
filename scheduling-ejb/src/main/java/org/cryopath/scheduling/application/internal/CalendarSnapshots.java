package org.cryopath.scheduling.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.SchedulingRules;

/**
 * The clinic calendar slot search works with (the rules, the active rooms with their hours, the active clinicians with
 * their hours and time off, the closures), read once and kept until it changes. Slot search runs on every booking page
 * and API call, and the calendar, eight queries and a few dozen entities, changes a few times a year.
 *
 * <p>How a node knows the calendar changed, whichever node changed it: every change of the calendar also raises the
 * version of the one {@link SchedulingRules} row ({@link #changed}), in the same transaction. A search reads that
 * version first (one row, by its key) and uses its copy only when the version is the same; otherwise it reads the
 * calendar again and keeps it under the version it read <em>before</em> reading it, so a change committed meanwhile is
 * read again next time rather than missed. Nothing is shared between nodes but the database.
 *
 * <p>The copy's entities are only read, by any number of searches at once (slot search never changes them; they are
 * loaded whole, nothing lazy is left to load); booking does not use the copy, it reads the resources it books under
 * their locks (and the closures of its day).
 */
@ApplicationScoped
public class CalendarSnapshots {

    /** The calendar as of one version of the rules row. */
    record Snapshot(long version, SchedulingRules rules, List<ProcedureRoom> rooms, List<Clinician> clinicians,
            Set<LocalDate> closures) {
    }

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    private volatile Snapshot kept;

    /** The calendar as committed now: the kept copy when the rules row's version has not moved, else read again. */
    Snapshot current() {
        List<Long> versions = em.createQuery("SELECT r.version FROM SchedulingRules r WHERE r.id = :id", Long.class)
                .setParameter("id", SchedulingRules.THE_RULES)
                .getResultList();
        Snapshot snapshot = kept;
        if (versions.isEmpty()) {
            // no rules row yet (a database before its first start finished): defaults, and nothing to keep
            return new Snapshot(-1, SchedulingRules.defaults(), SessionReads.activeRooms(em),
                    SessionReads.activeClinicians(em), SessionReads.closures(em));
        }
        long version = versions.get(0);
        if (snapshot != null && snapshot.version() == version) {
            return snapshot;
        }
        Snapshot read = new Snapshot(version, SessionReads.rules(em), SessionReads.activeRooms(em),
                SessionReads.activeClinicians(em), SessionReads.closures(em));
        kept = read;
        return read;
    }

    /**
     * Tells every node that the calendar changed: raises the rules row's version in the caller's transaction (and holds
     * the row until it commits, so two administrators' changes follow one another). Every change of rooms, clinicians,
     * their hours or time off, or closures calls this; a change of the rules raises it by itself.
     */
    static void changed(EntityManager em) {
        em.find(SchedulingRules.class, SchedulingRules.THE_RULES, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
