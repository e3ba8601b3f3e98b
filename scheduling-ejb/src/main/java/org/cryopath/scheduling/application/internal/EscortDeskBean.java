package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.session.EscortCall;
import org.cryopath.domain.model.session.EscortCallOutcome;
import org.cryopath.domain.model.session.EscortConfirmation;
import org.cryopath.domain.model.session.EscortFollowUp;
import org.cryopath.domain.model.session.EscortStatus;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.EscortDesk;

@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class EscortDeskBean implements EscortDesk {

    /**
     * Booked sessions from the start of the clinic's day whose escort may need the front desk, in two small reads:
     * those on the worklist (added by the escalation), from the worklist's own rows, and those with nobody available
     * (on the list at once), by the escort status index. One query with {@code OR EXISTS} made the database test
     * every upcoming booked session of the year, and the today board asks for these counts on every refresh. Those
     * confirmed since (and not waiting to be confirmed again) are left out after reading.
     */
    private static final String ON_WORKLIST = "SELECT s FROM EscortFollowUp e, Session s JOIN FETCH s.patient "
            + "WHERE s.id = e.sessionId AND s.status = :booked AND s.start >= :from";
    private static final String NOBODY_AVAILABLE = "SELECT s FROM Session s JOIN FETCH s.patient "
            + "WHERE s.escort.status = :unavailable AND s.status = :booked AND s.start >= :from";
    private static final Comparator<Session> BY_START = Comparator.comparing(Session::start).thenComparingLong(Session::id);

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    @Override
    public List<Entry> worklist() {
        Instant now = clock.instant();
        Instant from = clinic.startOf(clinic.dateAt(now));
        Map<Long, Session> found = new HashMap<>();
        em.createQuery(ON_WORKLIST, Session.class)
                .setParameter("booked", SessionStatus.BOOKED)
                .setParameter("from", from)
                .getResultStream()
                .forEach(session -> found.put(session.id(), session));
        em.createQuery(NOBODY_AVAILABLE, Session.class)
                .setParameter("unavailable", EscortStatus.UNAVAILABLE)
                .setParameter("booked", SessionStatus.BOOKED)
                .setParameter("from", from)
                .getResultStream()
                .forEach(session -> found.put(session.id(), session));
        List<Session> sessions = found.values().stream()
                .filter(Session::needsEscortFollowUp)
                .sorted(BY_START)
                .toList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sessions.stream().map(Session::id).toList();
        Map<Long, EscortFollowUp> entries = new HashMap<>();
        em.createQuery("SELECT e FROM EscortFollowUp e WHERE e.sessionId IN :ids", EscortFollowUp.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(entry -> entries.put(entry.sessionId(), entry));
        Map<Long, List<Call>> calls = new HashMap<>();
        em.createQuery("SELECT c FROM EscortCall c WHERE c.sessionId IN :ids ORDER BY c.calledAt, c.id", EscortCall.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(call -> calls.computeIfAbsent(call.sessionId(), id -> new ArrayList<>())
                        .add(new Call(call.calledAt(), call.calledBy(), call.outcome(), call.note())));
        return sessions.stream().map(session -> {
            EscortFollowUp entry = entries.get(session.id());
            boolean atRisk = session.escort().status() == EscortStatus.UNAVAILABLE
                    || entry != null && entry.isAtRisk();
            return new Entry(session.id(), session.treatmentCase().id().value(), session.patient().id().value(),
                    session.patient().name().sortable(), session.patient().mrn().value(),
                    session.patient().phone() == null ? null : session.patient().phone().value(), session.start(),
                    session.escort().status(), session.escort().name(), session.escort().reconfirmationRequested(),
                    atRisk, entry == null ? session.escort().answeredAt() : entry.joinedAt(),
                    entry == null ? null : entry.reminderQueuedAt(), calls.getOrDefault(session.id(), List.of()));
        }).toList();
    }

    @Override
    public Counts counts() {
        List<Entry> entries = worklist();
        return new Counts(entries.size(), entries.stream().filter(Entry::atRisk).count());
    }

    @Override
    public void logCall(long sessionId, EscortCallOutcome outcome, String note) {
        if (outcome == EscortCallOutcome.CONFIRMED || outcome == EscortCallOutcome.UNAVAILABLE) {
            throw DomainException.invalid("outcome", "escort.call.answerOnItsForm");
        }
        Session session = load(sessionId);
        call(session, outcome, note);
    }

    @Override
    public void confirmByPhone(long sessionId, Answer answer) {
        Session session = load(sessionId);
        Map<String, String> before = session.escortAuditState();
        session.confirmEscort(answer.name(), answer.phone(), answer.relationship(), EscortConfirmation.STAFF_PHONE,
                audit.actor(), clock.instant());
        EscortLinks.withdrawOthers(em, session.id(), null);
        call(session, EscortCallOutcome.CONFIRMED, answer.note());
        audit.record("escort.confirmed", "Session", session.id(), session.patient().id(), before,
                session.escortAuditState());
    }

    @Override
    public void unavailableByPhone(long sessionId, String note) {
        Session session = load(sessionId);
        Map<String, String> before = session.escortAuditState();
        session.escortUnavailable(EscortConfirmation.STAFF_PHONE, audit.actor(), clock.instant());
        EscortLinks.withdrawOthers(em, session.id(), null);
        call(session, EscortCallOutcome.UNAVAILABLE, note);
        audit.record("escort.unavailable", "Session", session.id(), session.patient().id(), before,
                session.escortAuditState());
    }

    /** Logs the call, audited on the patient's timeline with who called and what came of it. */
    private void call(Session session, EscortCallOutcome outcome, String note) {
        EscortCall call = EscortCall.of(session.id(), outcome, note, audit.actor(), clock.instant());
        em.persist(call);
        Map<String, String> state = new LinkedHashMap<>();
        state.put("outcome", outcome.name());
        state.put("note", call.note() == null ? "" : call.note());
        audit.record("escort.called", "Session", session.id(), session.patient().id(), null, state);
    }

    private Session load(long sessionId) {
        return Optional.ofNullable(em.find(Session.class, sessionId))
                .orElseThrow(() -> DomainException.refused("session.notFound"));
    }
}
