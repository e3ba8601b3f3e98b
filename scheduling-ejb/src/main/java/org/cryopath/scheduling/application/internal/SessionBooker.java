package org.cryopath.scheduling.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.SchedulingRules;
import org.cryopath.domain.model.link.LinkPurpose;
import org.cryopath.domain.model.link.PatientLink;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.session.Availability;
import org.cryopath.domain.model.session.Busy;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionBooked;
import org.cryopath.domain.model.session.SessionCancelled;
import org.cryopath.domain.model.session.SessionRescheduled;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Violations;
import org.cryopath.scheduling.application.SessionBooking.Request;
import org.cryopath.scheduling.application.SessionView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One attempt at a booking change, in the caller's transaction: take the locks of every resource and hour the session
 * needs (and, for a reschedule or a cancellation, those of the session it changes), read what is booked on them,
 * check every rule of {@link Availability}, then write, audit, and fire the event whose emails are queued in the
 * same transaction. {@link SessionBookingBean} runs it through {@link ConflictRetry}.
 */
@Stateless
// Reached through SessionBooking, which checks the caller's roles (an earliest-date override is checked here against
// the caller's clinical role), and by the demo data at start-up, where nobody is signed in.
@PermitAll
public class SessionBooker {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    @Inject
    Event<SessionBooked> booked;

    @Inject
    Event<SessionRescheduled> rescheduled;

    @Inject
    Event<SessionCancelled> cancelled;

    /** How long the acknowledgement link of a plan sent again with its dates works. */
    @Inject
    @ConfigProperty(name = "cryopath.links.preparation-days", defaultValue = "60")
    int linkDays;

    public SessionView book(long caseId, Request request) {
        TreatmentCase treatment = loadCase(caseId);
        Instant now = clock.instant();
        PreparationPlan plan = issuedPlan(treatment);
        BookingLocks.ofPatient(treatment.patient().id().value()).take(em);
        List<Session> others = holdingSessions(treatment, null);
        if (others.size() >= treatment.plannedSessions()) {
            throw DomainException.refused("booking.allSessionsBooked", treatment.plannedSessions());
        }
        Placed placed = place(treatment, plan, request, others, null, now);
        Session session = Session.book(treatment, placed.room(), placed.radiologist(), placed.anaesthetist(),
                request.start(), placed.length(), placed.recovery(), request.earliestDateOverride(), audit.actor(), now);
        em.persist(session);
        em.flush();
        session.identifyInCalendars();
        String escortToken = escortLink(session, now);
        String preparationToken = others.isEmpty() ? preparationLink(plan, now) : null;
        audit.record("session.booked", "Session", session.id(), session.patient().id(), null, session.auditState());
        audit.record("escort.requested", "Session", session.id(), session.patient().id(), null,
                session.escortAuditState());
        booked.fire(new SessionBooked(session.id(), treatment.id(), session.patient().id(), others.isEmpty(),
                escortToken, preparationToken));
        return SessionViews.of(em, session);
    }

    public SessionView reschedule(long sessionId, Request request) {
        Session old = loadSession(sessionId);
        if (old.status() != SessionStatus.BOOKED) {
            throw DomainException.refused("session.reschedule.notBooked", old.status());
        }
        TreatmentCase treatment = old.treatmentCase();
        Instant now = clock.instant();
        PreparationPlan plan = issuedPlan(treatment);
        BookingLocks.ofPatient(treatment.patient().id().value()).take(em);
        Map<String, String> before = old.auditState();
        Request keepingLength = request.durationMinutes() != null ? request : new Request(request.start(),
                request.roomId(), request.radiologistId(), request.anaesthetistId(),
                (int) Duration.between(old.start(), old.end()).toMinutes(), request.earliestDateOverride());
        Placed placed = place(treatment, plan, keepingLength, holdingSessions(treatment, old), old, now);
        Session replacement = Session.book(treatment, placed.room(), placed.radiologist(), placed.anaesthetist(),
                request.start(), placed.length(), placed.recovery(), request.earliestDateOverride(), audit.actor(), now);
        em.persist(replacement);
        old.rescheduleTo(replacement);
        em.flush();
        replacement.identifyInCalendars();
        withdrawLinks(old);
        String escortToken = escortLink(replacement, now);
        String preparationToken = preparationLink(plan, now);
        audit.record("session.rescheduled", "Session", old.id(), old.patient().id(), before, old.auditState());
        audit.record("session.booked", "Session", replacement.id(), old.patient().id(), null, replacement.auditState());
        audit.record(replacement.escort().reconfirmationRequested() ? "escort.reconfirmationRequested"
                : "escort.requested", "Session", replacement.id(), old.patient().id(), null,
                replacement.escortAuditState());
        rescheduled.fire(new SessionRescheduled(old.id(), replacement.id(), treatment.id(), old.patient().id(),
                escortToken, preparationToken));
        return SessionViews.of(em, replacement);
    }

    public SessionView cancel(long sessionId, String reason) {
        Session session = loadSession(sessionId);
        lock(session);
        Map<String, String> before = session.auditState();
        session.cancel(reason);
        if (holdingSessions(session.treatmentCase(), session).isEmpty()) {
            session.treatmentCase().noSessionBooked();
        }
        withdrawLinks(session);
        audit.record("session.cancelled", "Session", session.id(), session.patient().id(), before, session.auditState());
        cancelled.fire(new SessionCancelled(session.id(), session.treatmentCase().id(), session.patient().id()));
        return SessionViews.of(em, session);
    }

    public SessionView markNoShow(long sessionId) {
        Session session = loadSession(sessionId);
        lock(session);
        Map<String, String> before = session.auditState();
        session.noShow(clock.instant());
        audit.record("session.noShow", "Session", session.id(), session.patient().id(), before, session.auditState());
        return SessionViews.of(em, session);
    }

    @RolesAllowed("CLINICAL")
    public SessionView overridePreparationConflict(long sessionId, String reason) {
        Session session = loadSession(sessionId);
        Map<String, String> before = session.auditState();
        session.overridePreparationConflict(reason);
        audit.record("session.preparationOverridden", "Session", session.id(), session.patient().id(), before,
                session.auditState());
        return SessionViews.of(em, session);
    }

    /** What a placement resolved to: the resources, the length and the recovery time. */
    private record Placed(ProcedureRoom room, Clinician radiologist, Clinician anaesthetist, Duration length,
            Duration recovery) {
    }

    /**
     * Checks a placement completely, with its resources locked: the request's own fields first (each refused on its
     * field), then every rule of the calendar against what is booked. {@code moving} is the session being moved,
     * whose own time does not block its new one.
     */
    private Placed place(TreatmentCase treatment, PreparationPlan plan, Request request, List<Session> others,
            Session moving, Instant now) {
        SchedulingRules rules = SessionReads.rules(em);
        if (request.earliestDateOverride() != null && !request.earliestDateOverride().isBlank()
                && !caller.isCallerInRole("CLINICAL")) {
            throw DomainException.invalid("earliestDateOverride", "booking.override.clinicalOnly");
        }
        Violations violations = new Violations();
        violations.check(() -> requirePresent(request.start(), "start"));
        ProcedureRoom room = violations.check(() -> find(ProcedureRoom.class, request.roomId(), "roomId",
                "booking.room.unknown"));
        Clinician radiologist = violations.check(() -> find(Clinician.class, request.radiologistId(), "radiologistId",
                "booking.radiologist.unknown"));
        Clinician anaesthetist = request.anaesthetistId() == null ? null : violations.check(() -> find(Clinician.class,
                request.anaesthetistId(), "anaesthetistId", "booking.anaesthetist.unknown"));
        Duration length = violations.check(() -> request.durationMinutes() == null
                ? rules.sessionLength(treatment.referral().targetOrgan())
                : rules.checkedLength(request.durationMinutes()));
        violations.throwIfAny();

        ZoneId zone = clinic.zone();
        Instant start = request.start();
        Instant end = start.plus(length);
        Instant recoveryEnd = end.plus(rules.recovery());
        BookingLocks locks = BookingLocks.of(zone, room.id(), radiologist.id(),
                anaesthetist == null ? null : anaesthetist.id(), treatment.patient().id().value(), start, end, recoveryEnd);
        if (moving != null) {
            locks.add(zone, moving.room().id(), moving.radiologist().id(),
                    moving.anaesthetist() == null ? null : moving.anaesthetist().id(), moving.patient().id().value(),
                    moving.start(), moving.end(), moving.recoveryEnd());
        }
        locks.take(em);

        LocalDate day = LocalDate.ofInstant(start, zone);
        List<Busy> busy = SessionReads.busyAround(em, room.id(), radiologist.id(),
                anaesthetist == null ? null : anaesthetist.id(), treatment.patient().id().value(), start, end,
                end.plus(Duration.ofMinutes(room.turnoverMinutes())), recoveryEnd, rules.recovery().toMillis());
        List<Clinician> clinicians = new ArrayList<>(List.of(radiologist));
        if (anaesthetist != null && anaesthetist.id() != radiologist.id()) {
            clinicians.add(anaesthetist);
        }
        Availability availability = new Availability(zone, rules, List.of(room), clinicians,
                SessionReads.closures(em, day, day), busy, now);
        boolean overridden = request.earliestDateOverride() != null && !request.earliestDateOverride().isBlank();
        Availability.Need need = new Availability.Need(treatment.id().value(), treatment.patient().id().value(),
                treatment.guidance(), treatment.anaesthesia(), length, plan.earliestStart(zone, now), overridden,
                others.stream().map(other -> LocalDate.ofInstant(other.start(), zone)).toList(),
                moving == null ? null : moving.id(), null);
        new Violations().addAll(availability.refusals(need, new Availability.Placement(start, room.id(),
                radiologist.id(), anaesthetist == null ? null : anaesthetist.id()))).throwIfAny();
        return new Placed(room, radiologist, anaesthetist, length, rules.recovery());
    }

    private static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        return value;
    }

    private <T> T find(Class<T> type, Long id, String field, String unknownKey) {
        requirePresent(id, field);
        T found = em.find(type, id);
        if (found == null) {
            throw DomainException.invalid(field, unknownKey);
        }
        return found;
    }

    /** Takes the locks of a session whose holding of its resources changes (cancelled, no-show). */
    private void lock(Session session) {
        BookingLocks.of(clinic.zone(), session.room().id(), session.radiologist().id(),
                session.anaesthetist() == null ? null : session.anaesthetist().id(), session.patient().id().value(),
                session.start(), session.end(), session.recoveryEnd()).take(em);
    }

    private TreatmentCase loadCase(long caseId) {
        return Optional.ofNullable(em.find(TreatmentCase.class, caseId))
                .orElseThrow(() -> DomainException.refused("case.notFound"));
    }

    private Session loadSession(long sessionId) {
        return Optional.ofNullable(em.find(Session.class, sessionId))
                .orElseThrow(() -> DomainException.refused("session.notFound"));
    }

    /** The case's issued preparation plan: a session is booked only once the patient has their instructions. */
    private PreparationPlan issuedPlan(TreatmentCase treatment) {
        return em.createQuery("SELECT p FROM PreparationPlan p WHERE p.treatmentCase = :treatment AND p.status = :issued",
                        PreparationPlan.class)
                .setParameter("treatment", treatment)
                .setParameter("issued", PlanStatus.ISSUED)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.refused("case.booking.noPreparation", treatment.status()));
    }

    /** The case's sessions that hold their resources, other than {@code except}. */
    private List<Session> holdingSessions(TreatmentCase treatment, Session except) {
        return em.createQuery("SELECT s FROM Session s WHERE s.treatmentCase = :treatment AND s.status IN :holding",
                        Session.class)
                .setParameter("treatment", treatment)
                .setParameter("holding", SessionStatus.holdingResources())
                .getResultStream()
                .filter(session -> except == null || session.id() != except.id())
                .toList();
    }

    /** The patient's link to name their escort for this session, valid until the session's day is over. */
    private String escortLink(Session session, Instant now) {
        return EscortLinks.issue(em, clinic, session, now);
    }

    /** A new acknowledgement link for the plan sent again with its dates (the first one's token is not kept). */
    private String preparationLink(PreparationPlan plan, Instant now) {
        PatientLink.Issued link = PatientLink.issue(LinkPurpose.ACKNOWLEDGE_PREPARATION, plan.id(),
                plan.treatmentCase().patient().id(), Duration.ofDays(linkDays), now);
        em.persist(link.link());
        return link.token();
    }

    /** A moved or cancelled session's escort link no longer works. */
    private void withdrawLinks(Session session) {
        em.createQuery("SELECT l FROM PatientLink l WHERE l.purpose = :purpose AND l.subjectId = :session",
                        PatientLink.class)
                .setParameter("purpose", LinkPurpose.CONFIRM_ESCORT)
                .setParameter("session", session.id())
                .getResultStream()
                .forEach(PatientLink::withdraw);
    }
}
