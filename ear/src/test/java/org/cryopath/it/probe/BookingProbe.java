package org.cryopath.it.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.ClinicCalendar;
import org.cryopath.scheduling.application.SessionBooking;

/**
 * The clinic's calendar for booking tests (rooms and clinicians of a test's own, open every day; the scheduling
 * rules), the outbox rows of one session with their due times and calendar parts, and a check of the whole database
 * for double bookings.
 */
@Path("booking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingProbe {

    @EJB
    ClinicCalendar calendar;

    @EJB
    SessionBooking booking;

    @Resource
    UserTransaction transaction;

    /** The booking held open by {@link #heldBooking}: its release, and how far it got. */
    private static volatile CountDownLatch held = new CountDownLatch(0);
    private static volatile String heldState = "none";

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    /** A room of the test's own, open every day from 07:00 to 19:00: {@code {"name", "modality", "turnover"}}. */
    @POST
    @Path("rooms")
    public Response room(JsonObject body) {
        return answer(() -> Json.createObjectBuilder().add("id", calendar.addRoom(new ClinicCalendar.RoomDetails(
                body.getString("name"), Guidance.valueOf(body.getString("modality", "CT")), body.getInt("turnover", 30),
                true, everyDay(body))).id()).build());
    }

    /** A clinician of the test's own, at work every day from 07:00 to 19:00: {@code {"name", "role"}}. */
    @POST
    @Path("clinicians")
    public Response clinician(JsonObject body) {
        return answer(() -> Json.createObjectBuilder().add("id", calendar.addClinician(new ClinicCalendar.ClinicianDetails(
                body.getString("name"), ClinicianRole.valueOf(body.getString("role")), true, everyDay(body),
                List.of())).id()).build());
    }

    /** Takes a room out of use (the administrator's "in use" box): {@code {}}. */
    @POST
    @Path("rooms/{room}/out-of-use")
    public Response roomOutOfUse(@PathParam("room") long roomId) {
        return answer(() -> {
            ClinicCalendar.Room room = calendar.rooms().stream().filter(r -> r.id() == roomId).findFirst().orElseThrow();
            calendar.changeRoom(roomId, new ClinicCalendar.RoomDetails(room.name(), room.modality(),
                    room.turnoverMinutes(), false, room.openingHours()));
            return Json.createObjectBuilder().add("id", roomId).build();
        });
    }

    /** Changes a clinician's working hours to every day from {@code opens} to {@code closes}: {@code {"opens", "closes"}}. */
    @POST
    @Path("clinicians/{clinician}/hours")
    public Response clinicianHours(@PathParam("clinician") long clinicianId, JsonObject body) {
        return answer(() -> {
            ClinicCalendar.Clinician clinician = calendar.clinicians().stream().filter(c -> c.id() == clinicianId)
                    .findFirst().orElseThrow();
            calendar.changeClinician(clinicianId, new ClinicCalendar.ClinicianDetails(clinician.name(),
                    clinician.role(), clinician.active(), everyDay(body), clinician.timeOff()));
            return Json.createObjectBuilder().add("id", clinicianId).build();
        });
    }

    /** Closes the clinic on a day: {@code {"day": "yyyy-MM-dd", "reason"}} (a day closed already stays closed). */
    @POST
    @Path("closures")
    public Response closure(JsonObject body) {
        LocalDate day = LocalDate.parse(body.getString("day"));
        if (calendar.closures(day).stream().anyMatch(closure -> closure.day().equals(day))) {
            return Response.ok("{}").build();
        }
        return answer(() -> Json.createObjectBuilder().add("id", calendar.addClosure(day,
                body.getString("reason", "Test closure")).id()).build());
    }

    /** Opens the clinic again on a day closed by {@link #closure}. */
    @POST
    @Path("closures/{id}/reopen")
    public Response reopen(@PathParam("id") long closureId) {
        return answer(() -> {
            calendar.removeClosure(closureId);
            return Json.createObjectBuilder().build();
        });
    }

    /** Changes the recovery bays and the interval between a case's sessions; answers the rules as they were. */
    @POST
    @Path("rules")
    public Response rules(JsonObject body) {
        return answer(() -> {
            ClinicCalendar.Rules before = calendar.rules();
            Map<TargetOrgan, Integer> lengths = new EnumMap<>(before.sessionMinutes());
            calendar.changeRules(new ClinicCalendar.Rules(body.getInt("recoveryBays", before.recoveryBays()),
                    body.getInt("recoveryMinutes", before.recoveryMinutes()),
                    body.getInt("minIntervalDays", before.minIntervalDays()), before.slotStepMinutes(),
                    before.minSessionMinutes(), before.maxSessionMinutes(), before.searchDays(), lengths));
            return Json.createObjectBuilder().add("recoveryBays", before.recoveryBays())
                    .add("recoveryMinutes", before.recoveryMinutes())
                    .add("minIntervalDays", before.minIntervalDays()).build();
        });
    }

    /** Moves a session: {@code {"start", "roomId", "radiologistId", "anaesthetistId"}}; answers the new session's id. */
    @POST
    @Path("sessions/{session}/reschedule")
    public Response reschedule(@PathParam("session") long session, JsonObject body) {
        return answer(() -> Json.createObjectBuilder().add("sessionId", booking.reschedule(session, placement(body))
                .id()).build());
    }

    /** A placement as the tests send it: {@code {"start", "roomId", "radiologistId", "anaesthetistId"}}. */
    private static SessionBooking.Request placement(JsonObject body) {
        return new SessionBooking.Request(OffsetDateTime.parse(body.getString("start")).toInstant(),
                body.getJsonNumber("roomId").longValue(), body.getJsonNumber("radiologistId").longValue(),
                body.containsKey("anaesthetistId") ? body.getJsonNumber("anaesthetistId").longValue() : null, null, null);
    }

    /**
     * A booking held open: books {@code {"start", "roomId", "radiologistId", "anaesthetistId"}} for the case through the
     * booking service in a transaction of the probe's own, then keeps that transaction open (its session row written,
     * not committed) until {@code booking/held/release} or 30 seconds, and commits. Answers when committed. One at a
     * time; {@code GET booking/held} tells {@code "booked"} (written, open) or {@code "committed"}.
     */
    @POST
    @Path("held/cases/{case}")
    public Response heldBooking(@PathParam("case") long caseId, JsonObject body) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        held = release;
        heldState = "booking";
        transaction.begin();
        try {
            long session = booking.book(caseId, placement(body)).id();
            heldState = "booked";
            release.await(30, TimeUnit.SECONDS);
            transaction.commit();
            heldState = "committed";
            return Response.ok(Json.createObjectBuilder().add("sessionId", session).build().toString()).build();
        } catch (Exception | Error e) {
            heldState = "failed";
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    @GET
    @Path("held")
    public String heldState() {
        return Json.createObjectBuilder().add("state", heldState).build().toString();
    }

    @POST
    @Path("held/release")
    public String releaseHeld() {
        held.countDown();
        return "{}";
    }

    /** Every session's mail: key, kind, status, due time, last error, and the calendar method and part. */
    @GET
    @Path("sessions/{session}/mail")
    public String mail(@PathParam("session") long session) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        em.createQuery("SELECT m FROM OutboxMessage m WHERE m.topic = :topic ORDER BY m.id", OutboxMessage.class)
                .setParameter("topic", "session-" + session)
                .getResultList()
                .forEach(m -> rows.add(Json.createObjectBuilder()
                        .add("key", m.idempotencyKey())
                        .add("kind", m.kind().name())
                        .add("status", m.status().name())
                        .add("dueAt", m.dueAt().toString())
                        .add("lastError", m.lastError() == null ? "" : m.lastError())
                        .add("subject", m.content().subject())
                        .add("text", m.content().text())
                        .add("calendarMethod", m.content().calendarMethod() == null ? "" : m.content().calendarMethod())
                        .add("calendar", m.content().calendar() == null ? "" : m.content().calendar())));
        return rows.build().toString();
    }

    /** The outbox rows whose key starts with a prefix (the E2 sent again: {@code plan-<id>/session-<id>}). */
    @GET
    @Path("mail")
    public String mailByKey(@QueryParam("keyPrefix") String prefix) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        em.createQuery("SELECT m FROM OutboxMessage m WHERE m.idempotencyKey LIKE :prefix ORDER BY m.id", OutboxMessage.class)
                .setParameter("prefix", prefix + "%")
                .getResultList()
                .forEach(m -> rows.add(Json.createObjectBuilder().add("key", m.idempotencyKey())
                        .add("kind", m.kind().name()).add("status", m.status().name()).add("text", m.content().text())));
        return rows.build().toString();
    }

    /**
     * Pairs of sessions holding their resources that overlap on the same room (turnover included), radiologist,
     * anaesthetist or patient: a consistent database has none.
     */
    @GET
    @Path("double-bookings")
    public String doubleBookings() {
        String holding = "IN ('BOOKED', 'CHECKED_IN', 'IN_PROCEDURE', 'COMPLETED')";
        long found = 0;
        for (String overlap : List.of(
                "a.ROOM_ID = b.ROOM_ID AND a.START_AT < b.TURNOVER_END_AT AND b.START_AT < a.TURNOVER_END_AT",
                "a.RADIOLOGIST_ID = b.RADIOLOGIST_ID AND a.START_AT < b.END_AT AND b.START_AT < a.END_AT",
                "a.ANAESTHETIST_ID = b.ANAESTHETIST_ID AND a.START_AT < b.END_AT AND b.START_AT < a.END_AT",
                "a.PATIENT_ID = b.PATIENT_ID AND a.START_AT < b.RECOVERY_END_AT AND b.START_AT < a.RECOVERY_END_AT")) {
            found += ((Number) em.createNativeQuery("SELECT COUNT(*) FROM TREATMENT_SESSION a, TREATMENT_SESSION b "
                    + "WHERE a.ID < b.ID AND a.STATUS " + holding + " AND b.STATUS " + holding + " AND " + overlap)
                    .getSingleResult()).longValue();
        }
        return Json.createObjectBuilder().add("doubleBookings", found).build().toString();
    }

    private static List<ClinicCalendar.Span> everyDay(JsonObject body) {
        LocalTime opens = LocalTime.parse(body.getString("opens", "07:00"));
        LocalTime closes = LocalTime.parse(body.getString("closes", "19:00"));
        return Arrays.stream(DayOfWeek.values()).map(day -> new ClinicCalendar.Span(day, opens, closes)).toList();
    }

    private static Response answer(Supplier<JsonObject> call) {
        try {
            return Response.ok(call.get().toString()).build();
        } catch (EJBAccessException e) {
            return Response.status(Response.Status.FORBIDDEN).entity("{\"key\":\"forbidden\"}").build();
        } catch (DomainException e) {
            JsonArrayBuilder violations = Json.createArrayBuilder();
            e.violations().forEach(v -> violations.add(Json.createObjectBuilder()
                    .add("field", v.field().orElse("")).add("key", v.messageKey())));
            return Response.status(422).entity(Json.createObjectBuilder().add("violations", violations).build()
                    .toString()).build();
        }
    }
}
