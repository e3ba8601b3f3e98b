package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.followup.FollowUpSchedule;
import org.cryopath.domain.model.followup.FollowUpTouchpoint;
import org.cryopath.domain.model.followup.ImagingBooked;
import org.cryopath.domain.model.followup.ImagingModality;
import org.cryopath.domain.model.preparation.LabResult;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionDischarged;
import org.cryopath.domain.model.session.SessionOutcome;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.model.treatment.CaseStatus;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.FollowUps;
import org.cryopath.scheduling.application.ProcedureDay.FlowItem;

/**
 * One attempt at a procedure-day or follow-up step, in the caller's transaction: load, change through the aggregate's
 * method, audit (before / after), fire the event whose emails are queued in the same transaction. Two steps on one
 * session or one case's follow-up at once meet on the row's version; {@link ConflictRetry} runs the loser again, and
 * the aggregate then refuses it as done already.
 */
@Stateless
// Reached only through ProcedureDayBean and FollowUpsBean, which check the caller's roles (a check-in override against
// the clinical role), and by the test probe of the integration tests.
@PermitAll
public class ProcedureDaySteps {

    static final String SCHEDULE_COMPLETED = "Follow-up schedule completed";

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    @Inject
    Event<SessionDischarged> discharged;

    @Inject
    Event<ImagingBooked> imagingBooked;

    public FlowItem checkIn(long sessionId, String overrideReason) {
        Session session = loadSession(sessionId);
        Map<String, String> before = session.auditState();
        session.checkIn(overrideReason, audit.actor(), clock.instant(), clinic.zone());
        audit.record(session.checkedInWithoutEscort() ? "session.checkedInWithoutEscort" : "session.checkedIn",
                "Session", session.id(), session.patient().id(), before, session.auditState());
        return flowItem(session);
    }

    public FlowItem startProcedure(long sessionId) {
        Session session = loadSession(sessionId);
        Map<String, String> before = session.auditState();
        session.startProcedure(clock.instant());
        audit.record("session.procedureStarted", "Session", session.id(), session.patient().id(), before,
                session.auditState());
        return flowItem(session);
    }

    public FlowItem endProcedure(long sessionId, SessionOutcome outcome, String note) {
        Session session = loadSession(sessionId);
        Map<String, String> before = session.auditState();
        session.endProcedure(outcome, note, clock.instant());
        audit.record(outcome == SessionOutcome.ABORTED ? "session.procedureAborted" : "session.procedureCompleted",
                "Session", session.id(), session.patient().id(), before, session.auditState());
        return flowItem(session);
    }

    /**
     * The patient goes home. After the case's last planned session (as many treated sessions as planned, none other
     * booked) the case is treated and its follow-up computed from the protocol in force: imaging touchpoints on real
     * dates counted from the clinic day of discharge.
     */
    public FlowItem discharge(long sessionId, String collectedBy) {
        Session session = loadSession(sessionId);
        Instant now = clock.instant();
        Map<String, String> before = session.auditState();
        session.discharge(collectedBy, audit.actor(), now);
        audit.record("session.discharged", "Session", session.id(), session.patient().id(), before,
                session.auditState());

        TreatmentCase treatment = session.treatmentCase();
        List<Session> sessions = em.createQuery("SELECT s FROM Session s WHERE s.treatmentCase = :treatment",
                Session.class).setParameter("treatment", treatment).getResultList();
        long treated = sessions.stream().filter(s -> s.treated() && s.dischargedAt() != null).count();
        boolean anotherBooked = sessions.stream().anyMatch(s -> s.id() != session.id() && (s.status()
                == SessionStatus.BOOKED || s.status() == SessionStatus.CHECKED_IN
                || s.status() == SessionStatus.IN_PROCEDURE));
        Map<String, String> caseBefore = treatment.auditState();
        boolean followUp = treatment.sessionDischarged(treated >= treatment.plannedSessions() && !anotherBooked,
                anotherBooked);
        if (followUp) {
            audit.record("case.treated", "TreatmentCase", treatment.id().value(), treatment.patient().id(), caseBefore,
                    treatment.auditState());
            startFollowUp(treatment, LocalDate.ofInstant(now, clinic.zone()), now);
        } else if (!caseBefore.equals(treatment.auditState())) {
            audit.record("case.awaitsNextSession", "TreatmentCase", treatment.id().value(), treatment.patient().id(),
                    caseBefore, treatment.auditState());
        }
        discharged.fire(new SessionDischarged(session.id(), treatment.id(), session.patient().id(), followUp));
        return flowItem(session);
    }

    private void startFollowUp(TreatmentCase treatment, LocalDate dischargedOn, Instant now) {
        ProtocolVersion protocol = ProtocolVersions.current(em);
        List<FollowUpSchedule.Due> schedule = FollowUpSchedule.imaging(dischargedOn,
                protocol.imagingMonths(treatment.referral().targetOrgan()));
        for (FollowUpSchedule.Due due : schedule) {
            em.persist(FollowUpTouchpoint.plan(treatment, due, now));
        }
        Map<String, String> before = treatment.auditState();
        treatment.startFollowUp();
        Map<String, String> after = treatment.auditState();
        after.put("protocolVersion", Integer.toString(protocol.number()));
        after.put("imaging", schedule.stream().map(due -> due.monthsAfter() + " months: " + due.dueOn())
                .reduce((a, b) -> a + "; " + b).orElse("none"));
        audit.record("case.followUpStarted", "TreatmentCase", treatment.id().value(), treatment.patient().id(), before,
                after);
    }

    public FlowItem markNoShow(long sessionId) {
        Session session = loadSession(sessionId);
        Map<String, String> before = session.auditState();
        session.noShow(clock.instant());
        audit.record("session.noShow", "Session", session.id(), session.patient().id(), before, session.auditState());
        return flowItem(session);
    }

    public void recordLabResult(long caseId, String test, LocalDate takenOn, String result) {
        TreatmentCase treatment = loadCase(caseId);
        PreparationPlan plan = issuedPlan(treatment)
                .orElseThrow(() -> DomainException.refused("case.booking.noPreparation", treatment.status()));
        Instant now = clock.instant();
        LabResult lab = LabResult.record(treatment, plan, test, takenOn, result,
                LocalDate.ofInstant(now, clinic.zone()), audit.actor(), now);
        em.persist(lab);
        audit.record("lab.recorded", "TreatmentCase", caseId, treatment.patient().id(), null, lab.auditState());
    }

    public long bookImaging(long touchpointId, Instant at, String place, ImagingModality modality) {
        FollowUpTouchpoint touchpoint = loadTouchpoint(touchpointId);
        Map<String, String> before = touchpoint.auditState();
        touchpoint.book(at, place, modality, clock.instant());
        audit.record("followUp.booked", "FollowUpTouchpoint", touchpointId, touchpoint.patient().id(), before,
                touchpoint.auditState());
        imagingBooked.fire(new ImagingBooked(touchpointId, touchpoint.patient().id()));
        return touchpointId;
    }

    public long markDone(long touchpointId) {
        FollowUpTouchpoint touchpoint = loadTouchpoint(touchpointId);
        Map<String, String> before = touchpoint.auditState();
        touchpoint.done(clock.instant());
        audit.record("followUp.done", "FollowUpTouchpoint", touchpointId, touchpoint.patient().id(), before,
                touchpoint.auditState());
        closeWhenScheduleEnds(touchpoint.treatmentCase());
        return touchpointId;
    }

    public long cancel(long touchpointId, String reason) {
        FollowUpTouchpoint touchpoint = loadTouchpoint(touchpointId);
        Map<String, String> before = touchpoint.auditState();
        touchpoint.cancel(reason, clock.instant());
        audit.record("followUp.cancelled", "FollowUpTouchpoint", touchpointId, touchpoint.patient().id(), before,
                touchpoint.auditState());
        closeWhenScheduleEnds(touchpoint.treatmentCase());
        return touchpointId;
    }

    /** A clinician ends the follow-up: the open touchpoints are cancelled with the same reason. */
    public void closeCase(long caseId, String reason) {
        TreatmentCase treatment = loadCase(caseId);
        em.lock(treatment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Map<String, String> before = treatment.auditState();
        treatment.close(reason);
        Instant now = clock.instant();
        touchpoints(treatment).stream().filter(t -> t.status().isOpen()).forEach(t -> t.cancel(reason, now));
        audit.record("case.closed", "TreatmentCase", caseId, treatment.patient().id(), before, treatment.auditState());
    }

    /**
     * The last open touchpoint of a case in follow-up was done or cancelled: the case closes. Every touchpoint change
     * bumps the case's version, so two staff finishing a case's last two touchpoints at once cannot both miss it.
     */
    private void closeWhenScheduleEnds(TreatmentCase treatment) {
        em.lock(treatment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (treatment.status() == CaseStatus.IN_FOLLOW_UP
                && touchpoints(treatment).stream().noneMatch(t -> t.status().isOpen())) {
            Map<String, String> before = treatment.auditState();
            treatment.close(SCHEDULE_COMPLETED);
            audit.record("case.closed", "TreatmentCase", treatment.id().value(), treatment.patient().id(), before,
                    treatment.auditState());
        }
    }

    /** A touchpoint as staff see it, read in a transaction of its own (after a change committed). */
    public FollowUps.Touchpoint touchpoint(long touchpointId) {
        return FollowUpsBean.view(loadTouchpoint(touchpointId));
    }

    public FollowUps.CaseFollowUp followUpOf(long caseId) {
        TreatmentCase treatment = loadCase(caseId);
        return new FollowUps.CaseFollowUp(caseId, treatment.status(), treatment.closeReason(),
                touchpoints(treatment).stream().map(FollowUpsBean::view).toList());
    }

    private FlowItem flowItem(Session session) {
        em.flush();
        return FlowItems.of(em, clinic.zone(), List.of(session)).get(0);
    }

    private List<FollowUpTouchpoint> touchpoints(TreatmentCase treatment) {
        return em.createQuery("SELECT t FROM FollowUpTouchpoint t WHERE t.treatmentCase = :treatment",
                FollowUpTouchpoint.class).setParameter("treatment", treatment).getResultList();
    }

    private Session loadSession(long sessionId) {
        return Optional.ofNullable(em.find(Session.class, sessionId))
                .orElseThrow(() -> DomainException.refused("session.notFound"));
    }

    private TreatmentCase loadCase(long caseId) {
        return Optional.ofNullable(em.find(TreatmentCase.class, caseId))
                .orElseThrow(() -> DomainException.refused("case.notFound"));
    }

    private FollowUpTouchpoint loadTouchpoint(long touchpointId) {
        return Optional.ofNullable(em.find(FollowUpTouchpoint.class, touchpointId))
                .orElseThrow(() -> DomainException.refused("followUp.notFound"));
    }

    private Optional<PreparationPlan> issuedPlan(TreatmentCase treatment) {
        return em.createQuery("SELECT p FROM PreparationPlan p WHERE p.treatmentCase = :treatment "
                        + "AND p.status = :issued", PreparationPlan.class)
                .setParameter("treatment", treatment)
                .setParameter("issued", PlanStatus.ISSUED)
                .getResultStream().findFirst();
    }
}
