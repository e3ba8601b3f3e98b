package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.domain.model.session.EscortFollowUp;
import org.cryopath.domain.model.session.EscortReminderDue;
import org.cryopath.domain.model.session.Session;
import org.cryopath.scheduling.application.EscortEscalation.Report;

/**
 * One session's escort escalation, in a transaction of its own: add it to the worklist, flag it at risk, have E6
 * queued, whichever is due and not yet done. The worklist row's key (the session) and version make the database the
 * judge between two runs at the same moment: the second one's insert or update fails, its transaction rolls back
 * (E6 with it) and the caller counts the session as skipped. E6's idempotency key ({@code session-<id>/E6}) stops a
 * second one even so.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
// Called by EscortEscalationBean only (its timer runs without a signed-in user).
@PermitAll
public class EscortEscalationStep {

    /** How long before a session's start each stage is due. */
    public record Leads(Duration join, Duration atRisk, Duration reminder) {

        /** The furthest moment ahead at which some stage is due. */
        public Instant longest(Instant now) {
            Duration longest = join.compareTo(reminder) >= 0 ? join : reminder;
            return now.plus(longest.compareTo(atRisk) >= 0 ? longest : atRisk);
        }
    }

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile clinic;

    @Inject
    Event<EscortReminderDue> reminderDue;

    public Report escalate(long sessionId, Instant now, Leads leads) {
        Session session = em.find(Session.class, sessionId);
        if (session == null || !session.needsEscortFollowUp() || !now.isBefore(session.start())) {
            return Report.NONE;
        }
        Duration left = Duration.between(now, session.start());
        boolean joinDue = left.compareTo(leads.join()) <= 0;
        boolean atRiskDue = left.compareTo(leads.atRisk()) <= 0;
        boolean reminderDueNow = left.compareTo(leads.reminder()) <= 0;
        EscortFollowUp entry = em.find(EscortFollowUp.class, sessionId);
        int joined = 0;
        int atRisk = 0;
        int reminders = 0;
        if (entry == null) {
            if (!joinDue && !atRiskDue && !reminderDueNow) {
                return Report.NONE;
            }
            entry = EscortFollowUp.join(sessionId, now);
            em.persist(entry);
            record(session, "escort.worklist", "reason", session.escort().status().name());
            joined = 1;
        }
        if (atRiskDue && !entry.isAtRisk()) {
            entry.atRisk(now);
            record(session, "escort.atRisk", "hoursLeft", Long.toString(left.toHours()));
            atRisk = 1;
        }
        if (reminderDueNow && entry.reminderQueuedAt() == null) {
            entry.reminderQueued(now);
            String token = EscortLinks.issue(em, clinic, session, now);
            reminderDue.fire(new EscortReminderDue(session.id(), session.patient().id(), token));
            reminders = 1;
        }
        // An entry read here and changed by another run meanwhile fails on its version when flushed (and a second
        // insert on the key): the caller's ConcurrentChange.
        em.flush();
        return new Report(joined, atRisk, reminders, 0);
    }

    private void record(Session session, String action, String key, String value) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("start", session.start().toString());
        state.put(key, value);
        audit.recordAs(AuditEntry.SYSTEM, action, "Session", session.id(), session.patient().id(), null, state);
    }
}
