package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cryopath.domain.model.session.EscortFollowUp;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.shared.ConcurrentChange;
import org.cryopath.scheduling.application.EscortEscalation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the sessions whose escort escalation is due and hands each to {@link EscortEscalationStep}, in a
 * transaction of its own: one session's failure or conflict never holds up the others. Reads its lead times at every
 * run, so IT can change them without a restart.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Run by its timer, where nobody is signed in; it only acts on what is due.
@PermitAll
public class EscortEscalationBean implements EscortEscalation {

    private static final Logger LOG = Logger.getLogger(EscortEscalationBean.class.getName());

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @EJB
    EscortEscalationStep step;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cryopath.escort.worklist-hours", defaultValue = "72")
    Provider<Long> worklistHours;

    @Inject
    @ConfigProperty(name = "cryopath.escort.at-risk-hours", defaultValue = "24")
    Provider<Long> atRiskHours;

    @Inject
    @ConfigProperty(name = "cryopath.escort.reminder-days", defaultValue = "3")
    Provider<Long> reminderDays;

    @Override
    public Report runDue() {
        return runAt(clock.instant());
    }

    @Override
    public Report runAt(Instant now) {
        EscortEscalationStep.Leads leads = new EscortEscalationStep.Leads(Duration.ofHours(worklistHours.get()),
                Duration.ofHours(atRiskHours.get()), Duration.ofDays(reminderDays.get()));
        Report report = Report.NONE;
        for (Long sessionId : due(now, leads)) {
            try {
                report = report.plus(step.escalate(sessionId, now, leads));
            } catch (ConcurrentChange e) {
                // Another run (another node) did this session at the same moment: the database let one of us do it.
                report = report.plus(new Report(0, 0, 0, 1));
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "Escort escalation of session " + sessionId + " failed; the next run tries again",
                        e);
                report = report.plus(new Report(0, 0, 0, 1));
            }
        }
        return report;
    }

    /**
     * The booked sessions not yet started within the longest lead whose escort needs the front desk, and whose worklist
     * row lacks a stage now due (two queries; the step checks again in its own transaction). The escort's conditions
     * are checked here rather than in the query: a clinic has a few dozen sessions in three days.
     */
    private List<Long> due(Instant now, EscortEscalationStep.Leads leads) {
        List<Session> sessions = em.createQuery("SELECT s FROM Session s WHERE s.status = :booked AND s.start > :now "
                        + "AND s.start <= :horizon ORDER BY s.start, s.id", Session.class)
                .setParameter("booked", SessionStatus.BOOKED)
                .setParameter("now", now)
                .setParameter("horizon", leads.longest(now))
                .getResultList()
                .stream()
                .filter(Session::needsEscortFollowUp)
                .toList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<Long, EscortFollowUp> entries = new HashMap<>();
        em.createQuery("SELECT e FROM EscortFollowUp e WHERE e.sessionId IN :ids", EscortFollowUp.class)
                .setParameter("ids", sessions.stream().map(Session::id).toList())
                .getResultStream()
                .forEach(entry -> entries.put(entry.sessionId(), entry));
        return sessions.stream().filter(session -> {
            EscortFollowUp entry = entries.get(session.id());
            Duration left = Duration.between(now, session.start());
            return entry == null
                    || !entry.isAtRisk() && left.compareTo(leads.atRisk()) <= 0
                    || entry.reminderQueuedAt() == null && left.compareTo(leads.reminder()) <= 0;
        }).map(Session::id).toList();
    }
}
