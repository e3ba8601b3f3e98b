package org.cryopath.scheduling.application.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.session.FlowStage;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.scheduling.application.SessionView;

/** Sessions as staff see them, with their patient, resources and preparation state; few queries however many. */
final class SessionViews {

    private SessionViews() {
    }

    static SessionView of(EntityManager em, Session session) {
        return of(session, acknowledgedCases(em, List.of(session.treatmentCase().id().value())));
    }

    static List<SessionView> of(EntityManager em, List<Session> sessions) {
        Set<Long> acknowledged = acknowledgedCases(em,
                sessions.stream().map(s -> s.treatmentCase().id().value()).distinct().toList());
        return sessions.stream().map(session -> of(session, acknowledged)).toList();
    }

    /**
     * The views of the sessions starting in [from, to), any status, by start: one query of the columns a view shows
     * and one for the acknowledgements, however many sessions. The today board and the calendar read this on every
     * refresh, so it loads no entity: sessions would bring their cases, referrals and the rooms' and clinicians'
     * hours along, row by row.
     */
    static List<SessionView> viewsStartingBetween(EntityManager em, Instant from, Instant to) {
        List<Object[]> rows = em.createQuery("SELECT s.id, c.id, p.id, p.mrn.value, p.name.family, p.name.given, "
                        + "s.start, s.end, r.id, r.name, rad.id, rad.name, an.id, an.name, s.guidance, s.anaesthesia, "
                        + "s.status, s.cancelReason, rf.id, s.earliestDateOverride, s.preparationConflict "
                        + "FROM Session s JOIN s.treatmentCase c JOIN s.patient p JOIN s.room r JOIN s.radiologist rad "
                        + "LEFT JOIN s.anaesthetist an LEFT JOIN s.rescheduledFrom rf "
                        + "WHERE s.start >= :from AND s.start < :to ORDER BY s.start, s.id", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Set<Long> acknowledged = acknowledgedCases(em, rows.stream().map(row -> (Long) row[1]).distinct().toList());
        return rows.stream().map(row -> new SessionView((Long) row[0], (Long) row[1], (Long) row[2], (String) row[3],
                PersonName.of((String) row[5], (String) row[4]).sortable(), (Instant) row[6], (Instant) row[7], (Long) row[8], (String) row[9],
                (Long) row[10], (String) row[11], (Long) row[12], (String) row[13], (Guidance) row[14],
                (Anaesthesia) row[15], (SessionStatus) row[16], (String) row[17], (Long) row[18], (String) row[19],
                (Boolean) row[20], acknowledged.contains((Long) row[1]))).toList();
    }

    /**
     * The sessions starting in [from, to), any status, by start, with their cases, patients and resources in one query
     * (the flow board reads each session's case: loaded lazily, that was a query per session).
     */
    static List<Session> startingBetween(EntityManager em, Instant from, Instant to) {
        return em.createQuery("SELECT s FROM Session s JOIN FETCH s.treatmentCase JOIN FETCH s.patient JOIN FETCH s.room "
                        + "JOIN FETCH s.radiologist LEFT JOIN FETCH s.anaesthetist "
                        + "WHERE s.start >= :from AND s.start < :to ORDER BY s.start, s.id", Session.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * How many sessions starting in [from, to) are at each flow stage: one grouped query (a completed session is in
     * recovery until its discharge), so the today board's counts load no session.
     */
    static Map<FlowStage, Long> stagesStartingBetween(EntityManager em, Instant from, Instant to) {
        Map<FlowStage, Long> counts = new EnumMap<>(FlowStage.class);
        for (FlowStage stage : FlowStage.values()) {
            counts.put(stage, 0L);
        }
        em.createQuery("SELECT s.status, COUNT(s), COUNT(s.dischargedAt) FROM Session s "
                        + "WHERE s.start >= :from AND s.start < :to GROUP BY s.status", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> {
                    SessionStatus status = (SessionStatus) row[0];
                    long discharged = (Long) row[2];
                    counts.merge(Session.flowStage(status, false), (Long) row[1] - discharged, Long::sum);
                    counts.merge(Session.flowStage(status, true), discharged, Long::sum);
                });
        return counts;
    }

    private static SessionView of(Session s, Set<Long> acknowledged) {
        long caseId = s.treatmentCase().id().value();
        return new SessionView(s.id(), caseId, s.patient().id().value(), s.patient().mrn().value(),
                s.patient().name().sortable(), s.start(), s.end(), s.room().id(), s.room().name(), s.radiologist().id(),
                s.radiologist().name(), s.anaesthetist() == null ? null : s.anaesthetist().id(),
                s.anaesthetist() == null ? null : s.anaesthetist().name(), s.guidance(), s.anaesthesia(), s.status(),
                s.cancelReason(), s.rescheduledFrom() == null ? null : s.rescheduledFrom().id(),
                s.earliestDateOverride(), s.preparationConflict(), acknowledged.contains(caseId));
    }

    /** The cases among {@code caseIds} whose current issued plan the patient has acknowledged. */
    private static Set<Long> acknowledgedCases(EntityManager em, List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT p.treatmentCase.id FROM PreparationPlan p WHERE "
                        + "p.treatmentCase.id IN :cases AND p.status = :issued AND p.acknowledgedAt IS NOT NULL", Long.class)
                .setParameter("cases", caseIds)
                .setParameter("issued", PlanStatus.ISSUED)
                .getResultList());
    }
}
