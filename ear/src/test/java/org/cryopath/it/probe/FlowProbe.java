package org.cryopath.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.domain.model.followup.ImagingModality;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionOutcome;
import org.cryopath.domain.shared.ConcurrentChange;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.EscortDesk;
import org.cryopath.scheduling.application.FollowUps;
import org.cryopath.scheduling.application.ProcedureDay;

/**
 * The procedure day and follow-up for tests: each step through the real services as a staff role (header
 * {@code X-Probe-Role}), what a case's follow-up and a patient's mail and audit trail hold, and two test-only moves
 * the product has no way to make: a session brought to today.
 */
@Path("flow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlowProbe {

    @EJB
    ProcedureDay day;

    @EJB
    FollowUps followUps;

    @EJB
    EscortDesk escorts;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    /** The sessions brought to today and by how much (milliseconds), until the test puts them back. */
    private static final Map<Long, Long> MOVED = new ConcurrentHashMap<>();

    /**
     * Test only: the session starts now (a booking can never be made in the past, and tests must check in on the
     * session's day), keeping its length, turnover and recovery. Sessions moved so bypass every booking rule (several
     * of a test's sessions start at the same moment in one room), so each test puts them back when it ends
     * ({@link #putBack}): the tests after it see a calendar without overlaps and with today's recovery bays free.
     */
    @POST
    @Path("sessions/{session}/today")
    @Transactional
    public JsonObject moveToToday(@PathParam("session") long sessionId) {
        Session session = em.find(Session.class, sessionId);
        long start = Instant.now().truncatedTo(ChronoUnit.MINUTES).toEpochMilli();
        long shift = start - session.start().toEpochMilli();
        em.createNativeQuery("UPDATE TREATMENT_SESSION SET START_AT = START_AT + ?1, END_AT = END_AT + ?1, "
                        + "TURNOVER_END_AT = TURNOVER_END_AT + ?1, RECOVERY_END_AT = RECOVERY_END_AT + ?1, "
                        + "VERSION = VERSION + 1 WHERE ID = ?2")
                .setParameter(1, shift).setParameter(2, sessionId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Session.class, sessionId);
        MOVED.merge(sessionId, shift, Long::sum);
        return Json.createObjectBuilder().add("start", Instant.ofEpochMilli(start).toString()).build();
    }

    /** Test only: every session brought to today goes back to the day and time it was booked for. */
    /**
     * The patient of a case acknowledges its issued plan, as the link's confirmation does (that path has its own test,
     * TriageAndPreparationIT): for tests of what staff see of an acknowledged preparation.
     */
    @POST
    @Path("cases/{case}/plan-acknowledged")
    @Transactional
    public JsonObject acknowledgePlan(@PathParam("case") long caseId) {
        em.createQuery("SELECT p FROM PreparationPlan p WHERE p.treatmentCase.id = :case AND p.status = :issued",
                        PreparationPlan.class)
                .setParameter("case", caseId)
                .setParameter("issued", PlanStatus.ISSUED)
                .getSingleResult()
                .acknowledge(Instant.now());
        return Json.createObjectBuilder().build();
    }

    @POST
    @Path("sessions/put-back")
    @Transactional
    public JsonObject putBack() {
        int count = 0;
        for (Map.Entry<Long, Long> moved : MOVED.entrySet()) {
            em.createNativeQuery("UPDATE TREATMENT_SESSION SET START_AT = START_AT - ?1, END_AT = END_AT - ?1, "
                            + "TURNOVER_END_AT = TURNOVER_END_AT - ?1, RECOVERY_END_AT = RECOVERY_END_AT - ?1, "
                            + "VERSION = VERSION + 1 WHERE ID = ?2")
                    .setParameter(1, moved.getValue()).setParameter(2, moved.getKey()).executeUpdate();
            em.getEntityManagerFactory().getCache().evict(Session.class, moved.getKey());
            count++;
        }
        MOVED.clear();
        return Json.createObjectBuilder().add("putBack", count).build();
    }

    /** The front desk records the escort the patient named on the phone ({@code {"name", "phone"}}): the real service. */
    @POST
    @Path("sessions/{session}/escort-confirmed")
    public Response confirmEscortByPhone(@PathParam("session") long sessionId, JsonObject body) {
        return answer(() -> {
            escorts.confirmByPhone(sessionId, new EscortDesk.Answer(body.getString("name", "Sam Rivera"),
                    body.getString("phone", "+15550141002"), "partner", null));
            return Json.createObjectBuilder().add("confirmed", true).build();
        });
    }

    @POST
    @Path("sessions/{session}/check-in")
    public Response checkIn(@PathParam("session") long session, JsonObject body) {
        return answer(() -> item(day.checkIn(session, body.containsKey("overrideReason")
                ? body.getString("overrideReason") : null)));
    }

    @POST
    @Path("sessions/{session}/start")
    public Response start(@PathParam("session") long session) {
        return answer(() -> item(day.startProcedure(session)));
    }

    @POST
    @Path("sessions/{session}/end")
    public Response end(@PathParam("session") long session, JsonObject body) {
        return answer(() -> item(day.endProcedure(session, SessionOutcome.valueOf(body.getString("outcome")),
                body.containsKey("note") ? body.getString("note") : null)));
    }

    @POST
    @Path("sessions/{session}/no-show")
    public Response noShow(@PathParam("session") long session) {
        return answer(() -> item(day.markNoShow(session)));
    }

    @POST
    @Path("sessions/{session}/discharge")
    public Response discharge(@PathParam("session") long session, JsonObject body) {
        return answer(() -> item(day.discharge(session, body.containsKey("collectedBy")
                ? body.getString("collectedBy") : null)));
    }

    /** Records a blood test's result: {@code {"test", "takenOn", "result"}}. */
    @POST
    @Path("cases/{case}/labs")
    public Response lab(@PathParam("case") long caseId, JsonObject body) {
        return answer(() -> {
            day.recordLabResult(caseId, body.getString("test", null), body.containsKey("takenOn")
                    ? java.time.LocalDate.parse(body.getString("takenOn")) : null, body.getString("result", null));
            return Json.createObjectBuilder().build();
        });
    }

    @GET
    @Path("board")
    public Response board() {
        return answer(() -> {
            ProcedureDay.Board board = day.today();
            JsonObjectBuilder counts = Json.createObjectBuilder();
            board.counts().forEach((stage, n) -> counts.add(stage.name(), n));
            JsonArrayBuilder sessions = Json.createArrayBuilder();
            board.sessions().forEach(s -> sessions.add(item(s)));
            JsonObjectBuilder todayCounts = Json.createObjectBuilder();
            day.todayCounts().forEach((stage, n) -> todayCounts.add(stage.name(), n));
            return Json.createObjectBuilder().add("day", board.day().toString()).add("counts", counts)
                    .add("todayCounts", todayCounts).add("sessions", sessions).build();
        });
    }

    @GET
    @Path("cases/{case}/follow-up")
    public Response followUp(@PathParam("case") long caseId) {
        return answer(() -> followUpJson(followUps.ofCase(caseId)));
    }

    @POST
    @Path("cases/{case}/close")
    public Response close(@PathParam("case") long caseId, JsonObject body) {
        return answer(() -> followUpJson(followUps.closeCase(caseId, body.getString("reason", null))));
    }

    @POST
    @Path("touchpoints/{touchpoint}/book")
    public Response book(@PathParam("touchpoint") long touchpoint, JsonObject body) {
        return answer(() -> touchpoint(followUps.book(touchpoint, OffsetDateTime.parse(body.getString("at"))
                .toInstant(), body.getString("place", null), ImagingModality.valueOf(body.getString("modality")))));
    }

    @POST
    @Path("touchpoints/{touchpoint}/done")
    public Response done(@PathParam("touchpoint") long touchpoint) {
        return answer(() -> touchpoint(followUps.markDone(touchpoint)));
    }

    @POST
    @Path("touchpoints/{touchpoint}/cancel")
    public Response cancel(@PathParam("touchpoint") long touchpoint, JsonObject body) {
        return answer(() -> touchpoint(followUps.cancel(touchpoint, body.getString("reason", null))));
    }

    /** A patient's mail in full: key, kind, due time, recipient, language, subject and plain text. */
    @GET
    @Path("patients/{mrn}/mail")
    public String mail(@PathParam("mrn") String mrn) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        em.createQuery("SELECT m FROM OutboxMessage m, Patient p WHERE m.patientId = p.id AND p.mrn.value = :mrn "
                        + "ORDER BY m.id", OutboxMessage.class)
                .setParameter("mrn", mrn)
                .getResultList()
                .forEach(m -> rows.add(Json.createObjectBuilder().add("key", m.idempotencyKey())
                        .add("kind", m.kind().name()).add("status", m.status().name())
                        .add("due", m.dueAt().toString()).add("recipient", m.recipient().value())
                        .add("language", m.language().name()).add("subject", m.content().subject())
                        .add("text", m.content().text())));
        return rows.build().toString();
    }

    /** A patient's audit trail: action, actor and the state after, oldest first. */
    @GET
    @Path("patients/{mrn}/audit")
    public String audit(@PathParam("mrn") String mrn) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        em.createQuery("SELECT a FROM AuditEntry a, Patient p WHERE a.patientId = p.id AND p.mrn.value = :mrn "
                        + "ORDER BY a.id", AuditEntry.class)
                .setParameter("mrn", mrn)
                .getResultList()
                .forEach(a -> rows.add(Json.createObjectBuilder().add("action", a.action()).add("actor", a.actor())
                        .add("after", a.after() == null ? "" : a.after())));
        return rows.build().toString();
    }

    private static JsonObject item(ProcedureDay.FlowItem item) {
        JsonArrayBuilder labs = Json.createArrayBuilder();
        item.missingLabs().forEach(labs::add);
        return Json.createObjectBuilder().add("sessionId", item.sessionId()).add("caseId", item.caseId())
                .add("mrn", item.patientMrn()).add("stage", item.stage().name())
                .add("escort", item.escortStatus().name())
                .add("checkInOverride", item.checkInOverride() == null ? "" : item.checkInOverride())
                .add("outcome", item.outcome() == null ? "" : item.outcome().name())
                .add("collectedBy", item.collectedBy() == null ? "" : item.collectedBy())
                .add("missingLabs", labs).build();
    }

    private static JsonObject followUpJson(FollowUps.CaseFollowUp followUp) {
        JsonArrayBuilder touchpoints = Json.createArrayBuilder();
        followUp.touchpoints().forEach(t -> touchpoints.add(touchpoint(t)));
        return Json.createObjectBuilder().add("status", followUp.status().name())
                .add("closeReason", followUp.closeReason() == null ? "" : followUp.closeReason())
                .add("touchpoints", touchpoints).build();
    }

    private static JsonObject touchpoint(FollowUps.Touchpoint t) {
        return Json.createObjectBuilder().add("id", t.id()).add("monthsAfter", t.monthsAfter())
                .add("dueOn", t.dueOn().toString()).add("status", t.status().name())
                .add("organ", t.organ().name()).build();
    }

    private static Response answer(Supplier<JsonObject> call) {
        try {
            return Response.ok(call.get().toString()).build();
        } catch (EJBAccessException e) {
            return Response.status(Response.Status.FORBIDDEN).entity("{\"key\":\"forbidden\"}").build();
        } catch (ConcurrentChange e) {
            return Response.status(Response.Status.CONFLICT).entity("{\"key\":\"conflict\"}").build();
        } catch (DomainException e) {
            JsonArrayBuilder violations = Json.createArrayBuilder();
            e.violations().forEach(v -> violations.add(Json.createObjectBuilder()
                    .add("field", v.field().orElse("")).add("key", v.messageKey())));
            return Response.status(422).entity(Json.createObjectBuilder().add("violations", violations).build()
                    .toString()).build();
        }
    }
}
