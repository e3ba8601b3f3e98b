package org.cryopath.scheduling.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.cryopath.domain.model.calendar.ClinicClosure;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.SchedulingRules;
import org.cryopath.domain.model.session.Busy;
import org.cryopath.domain.persistence.DatabaseProduct;

/**
 * The reads slot search and booking make of the clinic's calendar and its sessions: the few resources and rules whole,
 * and the busy sessions as plain values (a projection, no entities), either for a window of days (slot search) or for
 * the resources a booking has locked.
 */
final class SessionReads {

    private static final String BUSY_FROM = "SELECT ID, CASE_ID, PATIENT_ID, ROOM_ID, RADIOLOGIST_ID, ANAESTHETIST_ID, "
            + "START_AT, END_AT, TURNOVER_END_AT, RECOVERY_END_AT FROM TREATMENT_SESSION";
    private static final String HOLDING = " WHERE STATUS IN ('BOOKED', 'CHECKED_IN', 'IN_PROCEDURE', 'COMPLETED') AND ";
    private static final String BUSY = BUSY_FROM + HOLDING;

    /** EclipseLink's batch reading ({@code QueryHints.BATCH}, {@code QueryHints.BATCH_TYPE}), named as strings. */
    static final String BATCH = "eclipselink.batch";
    static final String BATCH_TYPE = "eclipselink.batch.type";

    private SessionReads() {
    }

    static SchedulingRules rules(EntityManager em) {
        SchedulingRules rules = em.find(SchedulingRules.class, SchedulingRules.THE_RULES);
        return rules != null ? rules : SchedulingRules.defaults();
    }

    /**
     * Every room, with its opening hours. The hours (an eager element collection, and the entities are not in the
     * shared cache) are read for all rooms in one more query rather than one query per room: slot search reads the
     * calendar on every search.
     */
    static List<ProcedureRoom> rooms(EntityManager em) {
        return em.createQuery("SELECT r FROM ProcedureRoom r ORDER BY r.name", ProcedureRoom.class)
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "r.openingHours")
                .getResultList();
    }

    /** Every clinician, with working hours and time off read for all of them in two more queries (see {@link #rooms}). */
    static List<Clinician> clinicians(EntityManager em) {
        return em.createQuery("SELECT c FROM Clinician c ORDER BY c.name", Clinician.class)
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "c.workingHours")
                .setHint(BATCH, "c.timeOff")
                .getResultList();
    }

    /** The rooms slot search may offer: the active ones (an inactive room offers no slot anyway). */
    static List<ProcedureRoom> activeRooms(EntityManager em) {
        return em.createQuery("SELECT r FROM ProcedureRoom r WHERE r.active = TRUE ORDER BY r.name", ProcedureRoom.class)
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "r.openingHours")
                .getResultList();
    }

    /** The clinicians slot search may offer: the active ones (an inactive one is never at work). */
    static List<Clinician> activeClinicians(EntityManager em) {
        return em.createQuery("SELECT c FROM Clinician c WHERE c.active = TRUE ORDER BY c.name", Clinician.class)
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, "c.workingHours")
                .setHint(BATCH, "c.timeOff")
                .getResultList();
    }

    /** Every closed day, past ones too: a clinic has a handful a year (slot search keeps them: CalendarSnapshots). */
    static Set<LocalDate> closures(EntityManager em) {
        return Set.copyOf(em.createQuery("SELECT c.day FROM ClinicClosure c", LocalDate.class).getResultList());
    }

    static Set<LocalDate> closures(EntityManager em, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM ClinicClosure c WHERE c.day >= :from AND c.day <= :to", ClinicClosure.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().map(ClinicClosure::day).collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * Every session holding its resources that starts in [from, to), for slot search. Suggestions need no lock: on
     * Derby the read is dirty ({@code WITH UR}), so a search never waits on a booking being written; the booking itself
     * checks again under its locks. Read with plain JDBC (on the transaction's pooled connection): a search reads about
     * a thousand rows, and the JPA native query's row objects cost more than the read itself.
     */
    static List<Busy> busyBetween(DataSource dataSource, DatabaseProduct product, Instant from, Instant to) {
        String sql = BUSY + "START_AT >= ? AND START_AT < ?" + (product == DatabaseProduct.DERBY ? " WITH UR" : "");
        try (Connection connection = dataSource.getConnection(); PreparedStatement read = connection.prepareStatement(sql)) {
            read.setLong(1, from.toEpochMilli());
            read.setLong(2, to.toEpochMilli());
            List<Busy> busy = new ArrayList<>();
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    long anaesthetist = row.getLong(6);
                    busy.add(new Busy(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                            row.wasNull() ? null : anaesthetist, Instant.ofEpochMilli(row.getLong(7)),
                            Instant.ofEpochMilli(row.getLong(8)), Instant.ofEpochMilli(row.getLong(9)),
                            Instant.ofEpochMilli(row.getLong(10))));
                }
            }
            return busy;
        } catch (SQLException e) {
            throw new PersistenceException("Reading the busy sessions failed", e);
        }
    }

    /**
     * The sessions a booking of [start, end) must not collide with, each read through the index of a resource it has
     * locked: those of the room and the clinicians that start less than the longest session and turnover before it
     * and before its turnover ends; the patient's that start less than the longest session and recovery before it and
     * before its recovery ends; and the sessions whose recovery may overlap its own, [end, recoveryEnd). A session that
     * meets it starts in those windows, and holds a lock of one of its days or recovery hours: so the reads meet no
     * other booking's uncommitted session (every booking reads before it writes its own). One exception, which a room's
     * hours rule out in practice: for a session starting less than ten hours (the longest session and turnover) after
     * midnight, the room's and clinicians' reads reach back into the evening before, whose bookings it does not lock.
     *
     * <p>Each read names its index for Derby ({@code --DERBY-PROPERTIES}, a comment to PostgreSQL): the resource's
     * {@code (resource, START_AT)} index, and {@code END_AT} for recovery. Left to choose, Derby's optimizer took the
     * foreign key's index on the resource alone, which reads every session the room or clinician ever had (at the
     * booking benchmark's tenth warm-up round, 583 rows for the 4 of the window; 43% of a booking's time), and waits on
     * the uncommitted session of any booking of that room or clinician on any other day
     * ({@code BookingIT.aBookingDoesNotWaitForAnotherDaysBookingOfItsRoomAndClinicians}). None of the reads needs the
     * transaction's own pending changes either, so EclipseLink does not write them first ({@link FlushModeType#COMMIT}).
     */
    static List<Busy> busyAround(EntityManager em, long roomId, long radiologistId, Long anaesthetistId, long patientId,
            Instant start, Instant end, Instant turnoverEnd, Instant recoveryEnd, long recoveryMillis) {
        Instant resourcesFrom = start.minus(Duration.ofMinutes(SchedulingRules.LONGEST_SESSION_MINUTES
                + ProcedureRoom.MAX_TURNOVER_MINUTES));
        Instant patientFrom = start.minus(Duration.ofMinutes(SchedulingRules.LONGEST_SESSION_MINUTES
                + SchedulingRules.LONGEST_RECOVERY_MINUTES));
        List<Busy> busy = new ArrayList<>();
        busy.addAll(busyOf(em, "ROOM_ID", "IX_SESSION_ROOM_START", roomId, resourcesFrom, turnoverEnd));
        busy.addAll(busyOf(em, "RADIOLOGIST_ID", "IX_SESSION_RADIOLOGIST_START", radiologistId, resourcesFrom, end));
        if (anaesthetistId != null) {
            busy.addAll(busyOf(em, "ANAESTHETIST_ID", "IX_SESSION_ANAESTHETIST_START", anaesthetistId, resourcesFrom,
                    end));
        }
        busy.addAll(busyOf(em, "PATIENT_ID", "IX_SESSION_PATIENT_START", patientId, patientFrom, recoveryEnd));
        busy.addAll(busy(em.createNativeQuery(holdingThrough("IX_SESSION_END") + "END_AT > ? AND END_AT < ?")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, end.toEpochMilli() - recoveryMillis)
                .setParameter(2, recoveryEnd.toEpochMilli())
                .getResultList()));
        return busy.stream().distinct().toList();
    }

    private static List<Busy> busyOf(EntityManager em, String column, String index, long id, Instant from, Instant to) {
        return busy(em.createNativeQuery(holdingThrough(index) + column + " = ? AND START_AT >= ? AND START_AT < ?")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, id)
                .setParameter(2, from.toEpochMilli())
                .setParameter(3, to.toEpochMilli())
                .getResultList());
    }

    /** {@link #BUSY}, read through {@code index} on Derby (the comment must end its line). */
    private static String holdingThrough(String index) {
        return BUSY_FROM + " --DERBY-PROPERTIES index = " + index + "\n" + HOLDING;
    }

    private static List<Busy> busy(List<?> rows) {
        List<Busy> busy = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            busy.add(new Busy(number(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                    r[5] == null ? null : number(r[5]), instant(r[6]), instant(r[7]), instant(r[8]), instant(r[9])));
        }
        return busy;
    }

    /**
     * The {@code column} of the rows of {@code table} whose case is among {@code caseIds} and that meet {@code condition}
     * (SQL, with {@code parameters} for its {@code ?}s; empty for none), read through the table's case index. In SQL
     * because JPQL's {@code x.treatmentCase.id IN :cases} joins the case table, and Derby answered that join by reading
     * the whole of {@code table}.
     */
    static List<Long> ofCases(EntityManager em, String column, String table, List<Long> caseIds, String condition,
            Object... parameters) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT " + column + " FROM " + table + " WHERE CASE_ID IN "
                + parameters(caseIds.size())
                + (condition.isEmpty() ? "" : " AND " + condition));
        for (int i = 0; i < caseIds.size(); i++) {
            query.setParameter(i + 1, caseIds.get(i));
        }
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(caseIds.size() + i + 1, parameters[i]);
        }
        List<Long> values = new ArrayList<>();
        for (Object value : query.getResultList()) {
            values.add(number(value));
        }
        return values;
    }

    /** An SQL list of {@code n} parameters, {@code (?, ?, ?)}, for {@code IN}. */
    static String parameters(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object millis) {
        return Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
