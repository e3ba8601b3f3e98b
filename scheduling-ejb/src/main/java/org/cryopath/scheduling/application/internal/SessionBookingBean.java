package org.cryopath.scheduling.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.SchedulingRules;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.session.Availability;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.persistence.Database;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.scheduling.application.SessionView;
import org.cryopath.scheduling.application.SlotView;

/**
 * Booking for the dashboard and the API. Every change runs through {@link ConflictRetry} in a transaction of its own
 * (see {@link SessionBooker}): a booking that lost a race for a lock row it created is tried again; one that lost the
 * slot itself is refused with the rule and the resource that block it.
 */
@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class SessionBookingBean implements SessionBooking {

    /** Days of sessions slot search reads at a time, until it has found enough slots. */
    static final int SEARCH_WINDOW_DAYS = 14;
    static final int MAX_SLOTS = 50;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @EJB
    SessionBooker booker;

    @Inject
    ConflictRetry retry;

    @Inject
    CalendarSnapshots calendars;

    @Inject
    ClinicProfile clinic;

    @Inject
    Database database;

    /**
     * Slot search reads the busy sessions, and the today board and the calendar a day's sessions, with plain JDBC (see
     * {@link SessionReads#busyBetween}).
     */
    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @Override
    public CaseSchedule schedule(long caseId) {
        TreatmentCase treatment = loadCase(caseId);
        LocalDate earliest = issuedPlan(treatment).map(plan -> plan.earliestStart(clinic.zone(), clock.instant()))
                .orElse(null);
        List<Session> sessions = em.createQuery("SELECT s FROM Session s WHERE s.treatmentCase = :treatment "
                        + "ORDER BY s.start, s.id", Session.class)
                .setParameter("treatment", treatment)
                .getResultList();
        return new CaseSchedule(caseId, earliest, treatment.plannedSessions(), SessionViews.of(em, sessions));
    }

    @Override
    public List<SlotView> freeSlots(long caseId, SlotQuery query) {
        if (query.overrideEarliestDate() && !caller.isCallerInRole("CLINICAL")) {
            throw DomainException.invalid("overrideEarliestDate", "booking.override.clinicalOnly");
        }
        // the case with its patient and referral in one query: the search needs the patient, the organ and the plan
        TreatmentCase treatment = em.createQuery("SELECT c FROM TreatmentCase c JOIN FETCH c.patient "
                        + "JOIN FETCH c.referral WHERE c.id = :id", TreatmentCase.class)
                .setParameter("id", caseId)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.refused("case.notFound"));
        PreparationPlan plan = issuedPlan(treatment)
                .orElseThrow(() -> DomainException.refused("case.booking.noPreparation", treatment.status()));
        ZoneId zone = clinic.zone();
        Instant now = clock.instant();
        CalendarSnapshots.Snapshot calendar = calendars.current();
        SchedulingRules rules = calendar.rules();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate from = query.from() == null || query.from().isBefore(today) ? today : query.from();
        LocalDate last = today.plusDays(rules.searchDays());
        int wanted = Math.max(1, Math.min(MAX_SLOTS, query.maxResults()));
        List<ProcedureRoom> rooms = calendar.rooms();
        List<Clinician> clinicians = calendar.clinicians();
        List<LocalDate> otherDays = em.createQuery("SELECT s.start FROM Session s WHERE s.treatmentCase = :treatment "
                        + "AND s.status IN :holding", Instant.class)
                .setParameter("treatment", treatment)
                .setParameter("holding", SessionStatus.holdingResources())
                .getResultStream().map(start -> LocalDate.ofInstant(start, zone)).toList();
        if (query.movingSessionId() != null) {
            Session moving = em.find(Session.class, query.movingSessionId());
            if (moving == null || !moving.treatmentCase().isSameCaseAs(treatment)) {
                throw DomainException.refused("session.notFound");
            }
            LocalDate movingDay = LocalDate.ofInstant(moving.start(), zone);
            otherDays = otherDays.stream().filter(day -> !day.equals(movingDay)).toList();
        }
        Availability.Need need = new Availability.Need(caseId, treatment.patient().id().value(), treatment.guidance(),
                treatment.anaesthesia(), rules.sessionLength(treatment.referral().targetOrgan()),
                plan.earliestStart(zone, now), query.overrideEarliestDate(), otherDays, query.movingSessionId(),
                query.radiologistId());
        List<Availability.Slot> found = new ArrayList<>();
        for (LocalDate window = from; !window.isAfter(last) && found.size() < wanted;
                window = window.plusDays(SEARCH_WINDOW_DAYS)) {
            LocalDate windowLast = window.plusDays(SEARCH_WINDOW_DAYS - 1).isAfter(last) ? last
                    : window.plusDays(SEARCH_WINDOW_DAYS - 1);
            Availability availability = new Availability(zone, rules, rooms, clinicians, calendar.closures(),
                    SessionReads.busyBetween(dataSource, database.product(), window.minusDays(1).atStartOfDay(zone).toInstant(),
                            windowLast.plusDays(2).atStartOfDay(zone).toInstant()), now);
            found.addAll(availability.search(need, window, windowLast, wanted - found.size()));
        }
        return found.stream().map(slot -> new SlotView(slot.start(), slot.end(), slot.room().id(), slot.room().name(),
                slot.radiologist().id(), slot.radiologist().name(),
                slot.anaesthetist() == null ? null : slot.anaesthetist().id(),
                slot.anaesthetist() == null ? null : slot.anaesthetist().name(), slot.recoveryBaysLeft(),
                slot.wastedMinutes())).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionView book(long caseId, Request request) {
        return retry.attempt("Session booking", () -> booker.book(caseId, request));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionView reschedule(long sessionId, Request request) {
        return retry.attempt("Session reschedule", () -> booker.reschedule(sessionId, request));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionView cancel(long sessionId, String reason) {
        return retry.attempt("Session cancellation", () -> booker.cancel(sessionId, reason));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionView markNoShow(long sessionId) {
        return retry.attempt("Session no-show", () -> booker.markNoShow(sessionId));
    }

    @Override
    @RolesAllowed("CLINICAL")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionView overridePreparationConflict(long sessionId, String reason) {
        return retry.attempt("Preparation conflict override", () -> booker.overridePreparationConflict(sessionId, reason));
    }

    @Override
    public Optional<SessionView> session(long sessionId) {
        return Optional.ofNullable(em.find(Session.class, sessionId)).map(session -> SessionViews.of(em, session));
    }

    @Override
    public List<SessionView> sessionsBetween(Instant from, Instant to) {
        return SessionViews.viewsStartingBetween(dataSource, from, to);
    }

    private TreatmentCase loadCase(long caseId) {
        return Optional.ofNullable(em.find(TreatmentCase.class, caseId))
                .orElseThrow(() -> DomainException.refused("case.notFound"));
    }

    private Optional<PreparationPlan> issuedPlan(TreatmentCase treatment) {
        return em.createQuery("SELECT p FROM PreparationPlan p WHERE p.treatmentCase = :treatment AND p.status = :issued",
                        PreparationPlan.class)
                .setParameter("treatment", treatment)
                .setParameter("issued", PlanStatus.ISSUED)
                .getResultStream().findFirst();
    }
}
