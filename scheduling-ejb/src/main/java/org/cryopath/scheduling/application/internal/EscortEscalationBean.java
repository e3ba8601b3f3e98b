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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cryopath.domain.model.session.EscortStatus;
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
     * The booked sessions not yet started whose escort needs the front desk and that are within the longest lead, and
     * whose worklist entry lacks a stage now due (one query; the step checks again in its own transaction).
     */
    private List<Long> due(Instant now, EscortEscalationStep.Leads leads) {
        return em.createQuery("SELECT s.id FROM Session s WHERE s.status = :booked AND s.start > :now "
                        + "AND s.start <= :horizon AND (s.escort.status <> :confirmed "
                        + "OR s.escort.reconfirmationRequested = TRUE) AND NOT EXISTS (SELECT e FROM EscortFollowUp e "
                        + "WHERE e.sessionId = s.id AND (e.atRiskAt IS NOT NULL OR s.start > :atRiskBy) "
                        + "AND (e.reminderQueuedAt IS NOT NULL OR s.start > :remindBy)) ORDER BY s.start, s.id",
                        Long.class)
                .setParameter("booked", SessionStatus.BOOKED)
                .setParameter("now", now)
                .setParameter("horizon", leads.longest(now))
                .setParameter("confirmed", EscortStatus.CONFIRMED)
                .setParameter("atRiskBy", now.plus(leads.atRisk()))
                .setParameter("remindBy", now.plus(leads.reminder()))
                .getResultList();
    }
}
