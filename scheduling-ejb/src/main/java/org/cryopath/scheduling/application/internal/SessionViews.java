package org.cryopath.scheduling.application.internal;

import static org.cryopath.scheduling.application.internal.SessionReads.BATCH;
import static org.cryopath.scheduling.application.internal.SessionReads.BATCH_TYPE;
import static org.cryopath.scheduling.application.internal.SessionReads.instant;
import static org.cryopath.scheduling.application.internal.SessionReads.number;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
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

    private static final String SESSIONS_STARTING = "SELECT ID, CASE_ID, PATIENT_ID, ROOM_ID, RADIOLOGIST_ID, "
            + "ANAESTHETIST_ID, RESCHEDULED_FROM_ID, START_AT, END_AT, GUIDANCE, ANAESTHESIA, STATUS, CANCEL_REASON, "
            + "EARLIEST_OVERRIDE_REASON, PREPARATION_CONFLICT FROM TREATMENT_SESSION "
            + "WHERE START_AT >= ? AND START_AT < ? ORDER BY START_AT, ID";

    /** A plan row whose patient has acknowledged it; its parameter is the issued status. */
    private static final String ACKNOWLEDGED = "STATUS = ? AND ACKNOWLEDGED_AT IS NOT NULL";

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
     * The views of the sessions starting in [from, to), any status, by start. The today board and the calendar read this
     * on every refresh, so it loads no entity (sessions would bring their rooms' and clinicians' hours along) and joins
     * nothing: the sessions' own columns through the start index first, then the names of the patients, rooms and
     * clinicians they name and the acknowledgements, each by primary key. One query joining all of them let Derby choose
     * hash joins that read the whole patient, case, clinician and (for the rescheduled-from link) session tables on
     * every refresh: with 100,000 sessions that was most of a today board. Read with plain JDBC on the transaction's
     * pooled connection: through JPA, the queries' row objects and the expansion of each {@code IN} list cost more than
     * Derby's reading (a JFR recording of the today board: 37 of 75 samples).
     */
    static List<SessionView> viewsStartingBetween(DataSource dataSource, Instant from, Instant to) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object[]> sessions = rows(connection, SESSIONS_STARTING,
                    List.of(from.toEpochMilli(), to.toEpochMilli()));
            if (sessions.isEmpty()) {
                return List.of();
            }
            Map<Long, Object[]> patients = byId(connection, "SELECT ID, MRN, FAMILY_NAME, GIVEN_NAME FROM PATIENT",
                    idsIn(sessions, 2));
            Map<Long, Object[]> rooms = byId(connection, "SELECT ID, NAME FROM PROCEDURE_ROOM", idsIn(sessions, 3));
            Map<Long, Object[]> clinicians = byId(connection, "SELECT ID, NAME FROM CLINICIAN", idsIn(sessions, 4, 5));
            Set<Long> acknowledged = acknowledgedCases(connection, idsIn(sessions, 1));
            return sessions.stream().map(row -> {
                long caseId = number(row[1]);
                Object[] patient = patients.get(number(row[2]));
                Long anaesthetist = row[5] == null ? null : number(row[5]);
                return new SessionView(number(row[0]), caseId, number(row[2]), (String) patient[1],
                        PersonName.of((String) patient[3], (String) patient[2]).sortable(), instant(row[7]),
                        instant(row[8]), number(row[3]), (String) rooms.get(number(row[3]))[1], number(row[4]),
                        (String) clinicians.get(number(row[4]))[1], anaesthetist,
                        anaesthetist == null ? null : (String) clinicians.get(anaesthetist)[1],
                        Guidance.valueOf((String) row[9]), Anaesthesia.valueOf((String) row[10]),
                        SessionStatus.valueOf((String) row[11]), (String) row[12],
                        row[6] == null ? null : number(row[6]), (String) row[13], (Boolean) row[14],
                        acknowledged.contains(caseId));
            }).toList();
        } catch (SQLException e) {
            throw new PersistenceException("Reading the sessions between two moments failed", e);
        }
    }

    /**
     * The sessions starting in [from, to), any status, by start, with their cases, patients and resources: each
     * relation read for all the sessions at once by primary key (the flow board reads each session's case: loaded
     * lazily, that was a query per session; fetched by joins, Derby read the whole tables, see above).
     */
    static List<Session> startingBetween(EntityManager em, Instant from, Instant to) {
        return em.createQuery("SELECT s FROM Session s WHERE s.start >= :from AND s.start < :to ORDER BY s.start, s.id",
                        Session.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "s.treatmentCase")
                .setHint(BATCH, "s.patient")
                .setHint(BATCH, "s.room")
                .setHint(BATCH, "s.radiologist")
                .setHint(BATCH, "s.anaesthetist")
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

    /** The distinct non-null ids in the given columns of the rows. */
    private static List<Long> idsIn(List<Object[]> rows, int... columns) {
        Set<Long> ids = new HashSet<>();
        for (Object[] row : rows) {
            for (int column : columns) {
                if (row[column] != null) {
                    ids.add(number(row[column]));
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The rows of {@code select} (its first column the id) whose id is among {@code ids}, by id. */
    private static Map<Long, Object[]> byId(Connection connection, String select, List<Long> ids) throws SQLException {
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object[] row : rows(connection, select + " WHERE ID IN " + SessionReads.parameters(ids.size()), ids)) {
            rows.put(number(row[0]), row);
        }
        return rows;
    }

    /** Every row {@code sql} answers with its {@code ?}s set to {@code parameters}, each column as JDBC gives it. */
    private static List<Object[]> rows(Connection connection, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                read.setObject(i + 1, parameters.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = read.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** The cases among {@code caseIds} whose current issued plan the patient has acknowledged. */
    private static Set<Long> acknowledgedCases(EntityManager em, List<Long> caseIds) {
        return new HashSet<>(SessionReads.ofCases(em, "CASE_ID", "PREPARATION_PLAN", caseIds, ACKNOWLEDGED,
                PlanStatus.ISSUED.name()));
    }

    /** The same, on a connection of its own (see {@link #viewsStartingBetween}). */
    private static Set<Long> acknowledgedCases(Connection connection, List<Long> caseIds) throws SQLException {
        List<Object> parameters = new ArrayList<>(caseIds);
        parameters.add(PlanStatus.ISSUED.name());
        Set<Long> acknowledged = new HashSet<>();
        for (Object[] row : rows(connection, "SELECT CASE_ID FROM PREPARATION_PLAN WHERE CASE_ID IN "
                + SessionReads.parameters(caseIds.size()) + " AND " + ACKNOWLEDGED, parameters)) {
            acknowledged.add(number(row[0]));
        }
        return acknowledged;
    }
}
