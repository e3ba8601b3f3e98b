package org.cryopath.it.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.persistence.Database;
import org.cryopath.domain.persistence.DatabaseProduct;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.scheduling.application.SlotView;

/**
 * The booking benchmarks' work inside the server: a clinic's worth of patients, cases ready to book and sessions,
 * written with set-based SQL and JDBC batches (the services would take minutes for 100,000 sessions); the slot search
 * timed beside a plain JDBC read of the same busy intervals, in one JVM; and the clean-up that leaves the test database
 * as the benchmark found it.
 *
 * <p>Everything the benchmarks write for their patients has an id from {@value #BASE} on (patients, referrals, cases,
 * plans and the seeded sessions share the number; sessions booked over HTTP get ordinary ids but belong to these
 * patients), so {@code clean} finds it all, also after a run that crashed. The benchmarks' rooms and clinicians are
 * named {@code Bench ...} / {@code Dr. Bench ...} and are deactivated by {@code clean}. While a slot search runs,
 * every other room and clinician of the clinic is parked (inactive; which ones is kept in {@code BENCH_PARKED_CALENDAR})
 * so that the search sees the benchmark's clinic only; {@code unpark} puts them back.
 */
@Path("booking-bench")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingBenchProbe {

    /** The first id of the benchmarks' own rows. */
    public static final long BASE = 7_000_000_000_000L;

    private static final String HOLDING = "('BOOKED', 'CHECKED_IN', 'IN_PROCEDURE', 'COMPLETED')";
    /** The read slot search makes ({@code SessionReads.busyBetween}), as plain JDBC. */
    private static final String BUSY = "SELECT ID, CASE_ID, PATIENT_ID, ROOM_ID, RADIOLOGIST_ID, ANAESTHETIST_ID, "
            + "START_AT, END_AT, TURNOVER_END_AT, RECOVERY_END_AT FROM TREATMENT_SESSION WHERE STATUS IN " + HOLDING
            + " AND START_AT >= ? AND START_AT < ?";
    private static final String INSERT_SESSION = "INSERT INTO TREATMENT_SESSION (ID, CASE_ID, PATIENT_ID, ROOM_ID, "
            + "RADIOLOGIST_ID, ANAESTHETIST_ID, GUIDANCE, ANAESTHESIA, START_AT, END_AT, TURNOVER_END_AT, RECOVERY_END_AT, "
            + "STATUS, CANCEL_REASON, RESCHEDULED_FROM_ID, CALENDAR_UID, CALENDAR_SEQUENCE, EARLIEST_OVERRIDE_REASON, "
            + "PREPARATION_CONFLICT, PREPARATION_OVERRIDE_REASON, BOOKED_AT, BOOKED_BY, VERSION) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 0, NULL, ?, NULL, ?, 'benchmark', 1)";
    private static final int BATCH = 1000;
    /** Tells slot search the calendar changed (see {@code CalendarSnapshots}), after the SQL here changed it. */
    private static final String CALENDAR_CHANGED = "UPDATE SCHEDULING_RULES SET VERSION = VERSION + 1";
    /** Seeded sessions: 60 minutes, a position every 90 minutes from 07:00 (the room's 30-minute turnover between). */
    private static final int POSITIONS_PER_DAY = 8;
    private static final LocalTime FIRST_POSITION = LocalTime.of(7, 0);
    private static final int POSITION_MINUTES = 90;
    private static final int SESSION_MINUTES = 60;

    @Resource(lookup = "java:app/jdbc/cryopath")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Database database;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    @EJB
    SessionBooking booking;

    /**
     * Patients {@code first..first+count-1} of the benchmark, each with an accepted referral and a case ready to book
     * under {@code anaesthesia}: copies of the template case (a case made through the services, its plan issued), so
     * the cases are what the pathway makes. Answers the case ids' range.
     */
    @POST
    @Path("cases")
    public String cases(@QueryParam("first") int first, @QueryParam("count") int count,
            @QueryParam("anaesthesia") @DefaultValue("SEDATION") String anaesthesia,
            @QueryParam("template") long template) throws Exception {
        long from = BASE + first;
        long to = from + count - 1;
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PATIENT (ID, MRN, GIVEN_NAME, "
                    + "FAMILY_NAME, DATE_OF_BIRTH, EMAIL, PHONE, PREFERRED_LANGUAGE, VERSION, FAMILY_KEY, GIVEN_KEY) "
                    + "VALUES (?, ?, ?, 'Benchpatient', ?, ?, NULL, 'EN', 1, 'benchpatient', ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = from + i;
                    String given = "Bench" + (first + i);
                    insert.setLong(1, id);
                    insert.setString(2, String.format(Locale.ROOT, "BENCHB-%07d", first + i));
                    insert.setString(3, given);
                    insert.setDate(4, Date.valueOf(LocalDate.of(1940, 1, 1).plusDays(first + i)));
                    insert.setString(5, "bench-b-" + (first + i) + "@example.org");
                    insert.setString(6, given.toLowerCase(Locale.ROOT));
                    insert.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            long referral = single(connection, "SELECT REFERRAL_ID FROM TREATMENT_CASE WHERE ID = ?", template);
            long plan = single(connection, "SELECT ID FROM PREPARATION_PLAN WHERE CASE_ID = ? AND STATUS = 'ISSUED'",
                    template);
            update(connection, "INSERT INTO REFERRAL (ID, PATIENT_ID, REFERRER_NAME, REFERRER_PRACTICE, REFERRER_PHONE, "
                    + "REFERRER_EMAIL, TARGET_ORGAN, INDICATION, REQUESTED_GUIDANCE, PRIORITY, ANTICOAGULATED, DIABETIC, "
                    + "RECEIVED_AT, STATUS, STATUS_NOTE, VERSION) SELECT p.ID, p.ID, t.REFERRER_NAME, t.REFERRER_PRACTICE, "
                    + "t.REFERRER_PHONE, t.REFERRER_EMAIL, t.TARGET_ORGAN, t.INDICATION, t.REQUESTED_GUIDANCE, t.PRIORITY, "
                    + "t.ANTICOAGULATED, t.DIABETIC, t.RECEIVED_AT, t.STATUS, t.STATUS_NOTE, 1 FROM PATIENT p, REFERRAL t "
                    + "WHERE p.ID BETWEEN ? AND ? AND t.ID = ?", from, to, referral);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO TREATMENT_CASE (ID, REFERRAL_ID, "
                    + "PATIENT_ID, ANAESTHESIA, GUIDANCE, PLANNED_SESSIONS, STATUS, OPENED_AT, VERSION) "
                    + "SELECT p.ID, p.ID, p.ID, CAST(? AS VARCHAR(16)), t.GUIDANCE, t.PLANNED_SESSIONS, t.STATUS, "
                    + "t.OPENED_AT, 1 "
                    + "FROM PATIENT p, TREATMENT_CASE t WHERE p.ID BETWEEN ? AND ? AND t.ID = ?")) {
                insert.setString(1, anaesthesia);
                insert.setLong(2, from);
                insert.setLong(3, to);
                insert.setLong(4, template);
                insert.executeUpdate();
            }
            update(connection, "INSERT INTO PREPARATION_PLAN (ID, CASE_ID, PLAN_VERSION, PROTOCOL_VERSION_ID, LANGUAGE, "
                    + "STATUS, NOTE, CREATED_AT, ISSUED_AT, ROW_VERSION) SELECT c.ID, c.ID, t.PLAN_VERSION, "
                    + "t.PROTOCOL_VERSION_ID, t.LANGUAGE, t.STATUS, t.NOTE, t.CREATED_AT, t.ISSUED_AT, 1 "
                    + "FROM TREATMENT_CASE c, PREPARATION_PLAN t WHERE c.ID BETWEEN ? AND ? AND t.ID = ?", from, to, plan);
            update(connection, "INSERT INTO PREPARATION_PLAN_ITEM (PLAN_ID, POSITION, KIND, CODE, ACTION, DAYS_BEFORE, "
                    + "HOURS_BEFORE, MINUTES_BEFORE, TEXT) SELECT p.ID, i.POSITION, i.KIND, i.CODE, i.ACTION, i.DAYS_BEFORE, "
                    + "i.HOURS_BEFORE, i.MINUTES_BEFORE, i.TEXT FROM PREPARATION_PLAN p, PREPARATION_PLAN_ITEM i "
                    + "WHERE p.ID BETWEEN ? AND ? AND i.PLAN_ID = ?", from, to, plan);
            update(connection, "INSERT INTO PREPARATION_PLAN_MEDICATION (PLAN_ID, DRUG_CLASS) SELECT p.ID, m.DRUG_CLASS "
                    + "FROM PREPARATION_PLAN p, PREPARATION_PLAN_MEDICATION m WHERE p.ID BETWEEN ? AND ? AND m.PLAN_ID = ?",
                    from, to, plan);
        }
        transaction.commit();
        return Json.createObjectBuilder().add("firstCase", from).add("lastCase", to).build().toString();
    }

    /**
     * Sessions in the given rooms over {@code days} days from {@code firstDay}: every room-day has eight positions
     * (07:00, 08:30, ... 17:30; 60 minutes, then the room's turnover); a share {@code occupancy} of them holds an active
     * session (completed when it is over, else booked) of benchmark patient {@code (day * 80 + position) % patients}
     * (so no patient has two a day; days counted from the epoch, so that a calendar seeded a month per call is one), with the radiologists and anaesthetists arranged so that none is in two rooms at
     * once: rooms 1 to 6 (of 10) work under general anaesthesia, each with its own anaesthetist. When {@code sessions}
     * is more than the active ones, the rest are cancelled sessions on the same positions (the history a calendar keeps
     * of what was cancelled or moved), spread evenly. Ids from {@code BASE + idOffset}. Written in JDBC batches, a
     * month or so per call (a request of minutes would outlive the HTTP connection); answers how many of each.
     */
    @POST
    @Path("sessions")
    public String sessions(JsonObject body) throws Exception {
        List<Long> rooms = ids(body.getJsonArray("rooms"));
        List<Long> radiologists = ids(body.getJsonArray("radiologists"));
        List<Long> anaesthetists = ids(body.getJsonArray("anaesthetists"));
        LocalDate firstDay = LocalDate.parse(body.getString("firstDay"));
        int days = body.getInt("days");
        int wanted = body.getInt("sessions");
        int patients = body.getInt("patients");
        double occupancy = body.getJsonNumber("occupancy").doubleValue();
        long firstId = BASE + body.getJsonNumber("idOffset").longValue();
        ZoneId zone = clinic.zone();
        Instant now = clock.instant();
        Map<Long, String> modality = new HashMap<>();
        Map<Long, Integer> turnover = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement roomQuery = connection.prepareStatement(
                        "SELECT ID, MODALITY, TURNOVER_MINUTES FROM PROCEDURE_ROOM")) {
            try (ResultSet row = roomQuery.executeQuery()) {
                while (row.next()) {
                    modality.put(row.getLong(1), row.getString(2));
                    turnover.put(row.getLong(1), row.getInt(3));
                }
            }
        }
        int positions = days * rooms.size() * POSITIONS_PER_DAY;
        Random random = new Random(firstDay.toEpochDay());
        List<Integer> active = new ArrayList<>();
        for (int position = 0; position < positions; position++) {
            if (random.nextDouble() < occupancy) {
                active.add(position);
            }
        }
        if (active.size() > wanted) {
            Collections.shuffle(active, random);
            active = new ArrayList<>(active.subList(0, wanted));
            Collections.sort(active);
        }
        int cancelled = wanted - active.size();
        long id = firstId;
        int activeCount = 0;
        int written = 0;
        int today = 0;
        long todayIndex = ChronoUnit.DAYS.between(firstDay, LocalDate.ofInstant(now, zone));
        transaction.begin();
        Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT_SESSION);
        try {
            int next = 0;
            for (int position = 0; position < positions; position++) {
                boolean holds = next < active.size() && active.get(next) == position;
                if (holds) {
                    next++;
                }
                // the cancelled rows, spread evenly over all positions
                int history = (int) ((long) (position + 1) * cancelled / positions - (long) position * cancelled / positions);
                for (int copy = 0; copy < history + (holds ? 1 : 0); copy++) {
                    boolean isActive = holds && copy == history;
                    int day = position / (rooms.size() * POSITIONS_PER_DAY);
                    int room = position / POSITIONS_PER_DAY % rooms.size();
                    int slot = position % POSITIONS_PER_DAY;
                    long roomId = rooms.get(room);
                    boolean general = room < Math.min(6, anaesthetists.size());
                    Instant start = ZonedDateTime.of(firstDay.plusDays(day),
                            FIRST_POSITION.plusMinutes((long) slot * POSITION_MINUTES), zone).toInstant();
                    Instant end = start.plus(Duration.ofMinutes(SESSION_MINUTES));
                    long patient = BASE + Math.floorMod(isActive
                            ? (firstDay.toEpochDay() + day) * rooms.size() * POSITIONS_PER_DAY
                                    + (long) room * POSITIONS_PER_DAY + slot
                            : position * 7L + copy, patients);
                    insert.setLong(1, id++);
                    insert.setLong(2, patient);
                    insert.setLong(3, patient);
                    insert.setLong(4, roomId);
                    insert.setLong(5, radiologists.get((room + rooms.size() * ((day + slot) % 2)) % radiologists.size()));
                    if (general) {
                        insert.setLong(6, anaesthetists.get(room));
                    } else {
                        insert.setNull(6, java.sql.Types.BIGINT);
                    }
                    insert.setString(7, modality.get(roomId));
                    insert.setString(8, general ? "GENERAL" : "SEDATION");
                    insert.setLong(9, start.toEpochMilli());
                    insert.setLong(10, end.toEpochMilli());
                    insert.setLong(11, end.plus(Duration.ofMinutes(turnover.get(roomId))).toEpochMilli());
                    insert.setLong(12, end.plus(Duration.ofHours(4)).toEpochMilli());
                    insert.setString(13, isActive ? (end.isBefore(now) ? "COMPLETED" : "BOOKED") : "CANCELLED");
                    insert.setString(14, isActive ? null : "Cancelled at the patient's request");
                    insert.setBoolean(15, false);
                    insert.setLong(16, start.minus(Duration.ofDays(14)).toEpochMilli());
                    insert.addBatch();
                    written++;
                    activeCount += isActive ? 1 : 0;
                    today += isActive && day == todayIndex ? 1 : 0;
                    if (written % BATCH == 0) {
                        insert.executeBatch();
                    }
                    if (written % 10_000 == 0) { // transactions of a size any database takes in its stride
                        insert.close();
                        connection.close();
                        transaction.commit();
                        transaction.begin();
                        connection = dataSource.getConnection();
                        insert = connection.prepareStatement(INSERT_SESSION);
                    }
                }
            }
            insert.executeBatch();
        } finally {
            insert.close();
            connection.close();
        }
        transaction.commit();
        checkpoint();
        return Json.createObjectBuilder().add("sessions", written).add("active", activeCount)
                .add("cancelled", written - activeCount).add("activeToday", today).build().toString();
    }

    /**
     * Slot search for the given cases, searches {@code first} to {@code first + count - 1} of a run: the next
     * {@code max} slots from a day that moves over the coming {@code spreadDays} days, each timed beside a plain JDBC
     * read of the busy intervals that search read: the same SQL as the service's read, on the same connection pool,
     * for the same windows of days (the service reads 14 days at a time until it has its slots), each row copied out.
     * Answers each search's and each read's milliseconds, slots, rows and windows; a run is many calls (one of
     * minutes would outlive its HTTP connection). Must be called with a staff role (the service checks it).
     */
    @POST
    @Path("slot-search")
    public String slotSearch(JsonObject body) throws Exception {
        List<Long> cases = ids(body.getJsonArray("cases"));
        int first = body.getInt("first");
        int count = body.getInt("count");
        int max = body.getInt("max", 10);
        int spreadDays = body.getInt("spreadDays", 90);
        ZoneId zone = clinic.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate horizon = today.plusDays(((Number) em.createNativeQuery(
                "SELECT SEARCH_DAYS FROM SCHEDULING_RULES").getSingleResult()).longValue());
        // first each search, then the read of the windows it read: 14 days at a time from `from` until its last slot's
        // day. The read comes second, on pages the search has just used: if anything, that favours the read.
        List<JsonObjectBuilder> timed = new ArrayList<>();
        List<LocalDate> froms = new ArrayList<>();
        List<Integer> windows = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            long caseId = cases.get(i % cases.size());
            LocalDate from = today.plusDays((i * 7L) % spreadDays);
            long began = System.nanoTime();
            List<SlotView> found = booking.freeSlots(caseId, new SessionBooking.SlotQuery(from, null, false, max));
            long searchNanos = System.nanoTime() - began;
            int read = windowsFor(found, max, from, horizon, zone);
            began = System.nanoTime();
            long readRows = plainRead(from, read, zone);
            long readNanos = System.nanoTime() - began;
            timed.add(Json.createObjectBuilder().add("searchMs", searchNanos / 1e6).add("readMs", readNanos / 1e6)
                    .add("slots", found.size()).add("rows", readRows).add("windows", read));
            froms.add(from);
            windows.add(read);
        }
        // then, when asked to explain (in calls of their own: their garbage would otherwise land as collector pauses
        // in the timed searches), where the search's time goes beyond the read: the same read through the
        // EntityManager, in a transaction, as a JPA native query; and what reading the calendar (rooms and clinicians
        // with their hours) on every search would cost (the service keeps it while it does not change, see
        // CalendarSnapshots)
        var searches = Json.createArrayBuilder();
        boolean explain = body.getBoolean("explain", true);
        if (!explain) {
            timed.forEach(searches::add);
        }
        for (int k = 0; explain && k < timed.size(); k++) {
            LocalDate from = froms.get(k);
            transaction.begin();
            long began = System.nanoTime();
            int emRows = 0;
            for (int w = 0; w < windows.get(k); w++) {
                LocalDate window = from.plusDays(14L * w);
                emRows += em.createNativeQuery(BUSY + (database.product() == DatabaseProduct.DERBY ? " WITH UR" : ""))
                        .setParameter(1, window.minusDays(1).atStartOfDay(zone).toInstant().toEpochMilli())
                        .setParameter(2, window.plusDays(15).atStartOfDay(zone).toInstant().toEpochMilli())
                        .getResultList().size();
            }
            long emReadNanos = System.nanoTime() - began;
            began = System.nanoTime();
            em.createQuery("SELECT r FROM ProcedureRoom r ORDER BY r.name", ProcedureRoom.class).getResultList()
                    .forEach(room -> room.hoursOn(java.time.DayOfWeek.MONDAY));
            em.createQuery("SELECT c FROM Clinician c ORDER BY c.name", Clinician.class).getResultList()
                    .forEach(clinician -> clinician.isOff(from));
            long calendarNanos = System.nanoTime() - began;
            transaction.commit();
            searches.add(timed.get(k).add("emReadMs", emReadNanos / 1e6).add("calendarMs", calendarNanos / 1e6)
                    .add("emRows", emRows));
        }
        return Json.createObjectBuilder().add("database", database.product().name().toLowerCase(Locale.ROOT))
                .add("searches", searches).build().toString();
    }

    /**
     * Double bookings the room / clinician / patient check of the booking probe cannot see: moments when more of the
     * benchmark's sessions are in recovery at once than the clinic has bays.
     */
    @GET
    @Path("recovery-overbooked")
    public String recoveryOverbooked(@QueryParam("bays") int bays) {
        long found = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM TREATMENT_SESSION a WHERE a.PATIENT_ID >= "
                + BASE + " AND a.STATUS IN " + HOLDING + " AND (SELECT COUNT(*) FROM TREATMENT_SESSION b WHERE b.STATUS IN "
                + HOLDING + " AND b.END_AT <= a.END_AT AND b.RECOVERY_END_AT > a.END_AT) > " + bays)
                .getSingleResult()).longValue();
        return Json.createObjectBuilder().add("overbooked", found).build().toString();
    }

    /**
     * The CPU time the server's process has used so far, in milliseconds (every thread: requests, Derby, the garbage
     * collector, the JIT compiler), and the time its JIT compiler has spent compiling: the differences over a run are
     * what the run cost the server, whatever else the machine was doing meanwhile.
     */
    @GET
    @Path("cpu")
    public String cpu() {
        long nanos = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        return Json.createObjectBuilder().add("millis", nanos / 1_000_000L)
                .add("jitMillis", java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime())
                .build().toString();
    }

    /** The clinic's closed days from today on (bookings on them are refused, so the benchmarks avoid them). */
    @GET
    @Path("closures")
    public String closures() {
        var days = Json.createArrayBuilder();
        em.createNativeQuery("SELECT CLOSED_ON FROM CLINIC_CLOSURE").getResultList()
                .forEach(day -> days.add(day.toString().substring(0, 10)));
        return days.build().toString();
    }

    /**
     * Sets every active room and clinician other than the benchmark's ({@code keepRooms}, {@code keepClinicians})
     * inactive, noting which in {@code BENCH_PARKED_CALENDAR}, so slot search sees the benchmark's clinic only.
     */
    @POST
    @Path("park")
    public String park(JsonObject body) throws Exception {
        String keepRooms = inList(ids(body.getJsonArray("keepRooms")));
        String keepClinicians = inList(ids(body.getJsonArray("keepClinicians")));
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection, "BENCH_PARKED_CALENDAR")) {
                try (Statement create = connection.createStatement()) {
                    create.executeUpdate("CREATE TABLE BENCH_PARKED_CALENDAR (KIND VARCHAR(16) NOT NULL, "
                            + "ID BIGINT NOT NULL, PRIMARY KEY (KIND, ID))");
                }
            }
            update(connection, "INSERT INTO BENCH_PARKED_CALENDAR (KIND, ID) SELECT 'ROOM', ID FROM PROCEDURE_ROOM "
                    + "WHERE ACTIVE = TRUE AND ID NOT IN " + keepRooms);
            update(connection, "INSERT INTO BENCH_PARKED_CALENDAR (KIND, ID) SELECT 'CLINICIAN', ID FROM CLINICIAN "
                    + "WHERE ACTIVE = TRUE AND ID NOT IN " + keepClinicians);
            update(connection, "UPDATE PROCEDURE_ROOM SET ACTIVE = FALSE WHERE ID IN "
                    + "(SELECT ID FROM BENCH_PARKED_CALENDAR WHERE KIND = 'ROOM')");
            update(connection, "UPDATE CLINICIAN SET ACTIVE = FALSE WHERE ID IN "
                    + "(SELECT ID FROM BENCH_PARKED_CALENDAR WHERE KIND = 'CLINICIAN')");
            update(connection, CALENDAR_CHANGED);
        }
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        return "{}";
    }

    /** The rooms and clinicians {@code park} set aside, active again. */
    @POST
    @Path("unpark")
    public String unpark() throws Exception {
        transaction.begin();
        int back = 0;
        try (Connection connection = dataSource.getConnection()) {
            if (tableExists(connection, "BENCH_PARKED_CALENDAR")) {
                back += update(connection, "UPDATE PROCEDURE_ROOM SET ACTIVE = TRUE WHERE ID IN "
                        + "(SELECT ID FROM BENCH_PARKED_CALENDAR WHERE KIND = 'ROOM')");
                back += update(connection, "UPDATE CLINICIAN SET ACTIVE = TRUE WHERE ID IN "
                        + "(SELECT ID FROM BENCH_PARKED_CALENDAR WHERE KIND = 'CLINICIAN')");
                update(connection, "DELETE FROM BENCH_PARKED_CALENDAR");
                update(connection, CALENDAR_CHANGED);
            }
        }
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        return Json.createObjectBuilder().add("unparked", back).build().toString();
    }

    /**
     * Removes up to {@code count} of the benchmark's seeded sessions (a request deleting 100,000 rows at once would
     * outlive its HTTP connection on a busy machine); answers how many it removed.
     */
    @POST
    @Path("clean/sessions")
    public String cleanSessions(@QueryParam("count") @DefaultValue("10000") long count) throws Exception {
        transaction.begin();
        int removed;
        try (Connection connection = dataSource.getConnection()) {
            long first;
            try (PreparedStatement min = connection.prepareStatement(
                    "SELECT MIN(ID) FROM TREATMENT_SESSION WHERE ID >= ?")) {
                min.setLong(1, BASE);
                try (ResultSet row = min.executeQuery()) {
                    row.next();
                    first = row.getLong(1);
                }
            }
            removed = first == 0 ? 0 : update(connection, "DELETE FROM TREATMENT_SESSION WHERE ID >= ? AND ID < ? "
                    + "AND RESCHEDULED_FROM_ID IS NULL", first, first + count);
        }
        transaction.commit();
        return Json.createObjectBuilder().add("removed", removed).build().toString();
    }

    /**
     * Removes what the benchmarks wrote for their patients (sessions, whether seeded or booked over HTTP, with their
     * idempotency keys and patient links; plans, cases, referrals, patients), withdraws their pending emails (the rows
     * stay, cancelled, as the outbox's history) and deactivates the benchmarks' rooms and clinicians. The clinic's
     * recovery bays are then as free as before the benchmark, and no slot search meets its rooms again.
     */
    @POST
    @Path("clean")
    public String clean() throws Exception {
        transaction.begin();
        int sessions;
        try (Connection connection = dataSource.getConnection()) {
            String bench = " >= " + BASE;
            update(connection, "UPDATE OUTBOX_MESSAGE SET STATUS = 'CANCELLED' WHERE STATUS = 'PENDING' AND PATIENT_ID"
                    + bench);
            update(connection, "DELETE FROM API_IDEMPOTENCY_KEY WHERE SESSION_ID IN "
                    + "(SELECT ID FROM TREATMENT_SESSION WHERE PATIENT_ID" + bench + ")");
            update(connection, "UPDATE TREATMENT_SESSION SET RESCHEDULED_FROM_ID = NULL WHERE PATIENT_ID" + bench);
            sessions = update(connection, "DELETE FROM TREATMENT_SESSION WHERE PATIENT_ID" + bench);
            update(connection, "DELETE FROM PATIENT_LINK WHERE PATIENT_ID" + bench);
            update(connection, "DELETE FROM PREPARATION_PLAN_ITEM WHERE PLAN_ID" + bench);
            update(connection, "DELETE FROM PREPARATION_PLAN_MEDICATION WHERE PLAN_ID" + bench);
            update(connection, "DELETE FROM PREPARATION_PLAN WHERE ID" + bench);
            update(connection, "DELETE FROM TREATMENT_CASE WHERE ID" + bench);
            update(connection, "DELETE FROM REFERRAL WHERE ID" + bench);
            update(connection, "DELETE FROM PATIENT WHERE ID" + bench);
            update(connection, "UPDATE PROCEDURE_ROOM SET ACTIVE = FALSE WHERE NAME LIKE 'Bench %'");
            update(connection, "UPDATE CLINICIAN SET ACTIVE = FALSE WHERE NAME LIKE 'Dr. Bench %'");
            update(connection, CALENDAR_CHANGED);
        }
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        checkpoint();
        return Json.createObjectBuilder().add("sessionsRemoved", sessions).build().toString();
    }

    /** The 14-day windows the search read: up to its last slot's day, or to the horizon when it found too few. */
    private static int windowsFor(List<SlotView> found, int max, LocalDate from, LocalDate horizon, ZoneId zone) {
        LocalDate last = found.size() < max ? horizon : LocalDate.ofInstant(found.get(found.size() - 1).start(), zone);
        return (int) (ChronoUnit.DAYS.between(from, last) / 14) + 1;
    }

    /** The service's read, window by window, every column of every row copied out as it would be. */
    private long plainRead(LocalDate from, int windows, ZoneId zone) throws SQLException {
        String sql = BUSY + (database.product() == DatabaseProduct.DERBY ? " WITH UR" : "");
        long rows = 0;
        long checksum = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement read = connection.prepareStatement(sql)) {
            for (int w = 0; w < windows; w++) {
                LocalDate window = from.plusDays(14L * w);
                read.setLong(1, window.minusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
                read.setLong(2, window.plusDays(15).atStartOfDay(zone).toInstant().toEpochMilli());
                try (ResultSet row = read.executeQuery()) {
                    while (row.next()) {
                        long[] values = new long[10];
                        for (int c = 0; c < 10; c++) {
                            values[c] = row.getLong(c + 1);
                        }
                        checksum += values[0];
                        rows++;
                    }
                }
            }
        }
        return checksum == Long.MIN_VALUE ? -1 : rows;
    }

    private void checkpoint() throws Exception {
        transaction.begin();
        em.createNativeQuery(database.product() == DatabaseProduct.DERBY
                ? "CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()" : "CHECKPOINT").executeUpdate();
        transaction.commit();
    }

    private boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null,
                database.product() == DatabaseProduct.DERBY ? table : table.toLowerCase(Locale.ROOT), null)) {
            return tables.next();
        }
    }

    private static long single(Connection connection, String sql, long parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Nothing for " + sql + " with " + parameter);
                }
                return row.getLong(1);
            }
        }
    }

    private static int update(Connection connection, String sql, long... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static List<Long> ids(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static String inList(List<Long> ids) {
        return ids.isEmpty() ? "(-1)" : ids.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }

}
