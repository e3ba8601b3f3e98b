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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Supplier;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.domain.model.link.LinkPurpose;
import org.cryopath.domain.model.link.PatientLink;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.session.EscortCall;
import org.cryopath.domain.model.session.EscortCallOutcome;
import org.cryopath.domain.model.session.EscortFollowUp;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.EscortDesk;
import org.cryopath.scheduling.application.EscortEscalation;

/**
 * The escort for its tests: one escalation run at a moment the test picks (the clock moved, not waited for), the
 * front desk's calls and phone answers through the service with its role checks, and what is stored of a session's
 * escort: its status and answer, its worklist row, its calls, its escort links, its E6 messages and audit entries.
 */
@Path("escort")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscortProbe {

    @EJB
    EscortEscalation escalation;

    @EJB
    EscortDesk desk;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    /** One escalation run as if it were {@code {"at": "<instant>"}}; answers its report. */
    @POST
    @Path("escalate")
    public Response escalate(JsonObject body) {
        return answer(() -> {
            EscortEscalation.Report report = escalation.runAt(Instant.parse(body.getString("at")));
            return Json.createObjectBuilder().add("joined", report.joined()).add("atRisk", report.atRisk())
                    .add("reminders", report.reminders()).add("skipped", report.skipped()).build();
        });
    }

    /** Logs a call attempt as the caller's role: {@code {"outcome", "note"}}. */
    @POST
    @Path("sessions/{session}/calls")
    public Response call(@PathParam("session") long session, JsonObject body) {
        return answer(() -> {
            desk.logCall(session, EscortCallOutcome.valueOf(body.getString("outcome")), body.getString("note", null));
            return Json.createObjectBuilder().build();
        });
    }

    /** Records the patient's answer on the phone: {@code {"name", "phone", "relationship", "note"}}. */
    @POST
    @Path("sessions/{session}/phone")
    public Response phone(@PathParam("session") long session, JsonObject body) {
        return answer(() -> {
            desk.confirmByPhone(session, new EscortDesk.Answer(body.getString("name", null),
                    body.getString("phone", null), body.getString("relationship", null), body.getString("note", null)));
            return Json.createObjectBuilder().build();
        });
    }

    /** The worklist as the caller's role sees it: session ids, at risk, calls. */
    @GET
    @Path("worklist")
    public Response worklist() {
        return answer(() -> {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            desk.worklist().forEach(entry -> rows.add(Json.createObjectBuilder().add("sessionId", entry.sessionId())
                    .add("atRisk", entry.atRisk()).add("status", entry.escortStatus().name())
                    .add("reconfirmation", entry.reconfirmation()).add("calls", entry.calls().size())
                    .add("phone", entry.patientPhone() == null ? "" : entry.patientPhone())));
            EscortDesk.Counts counts = desk.counts();
            return Json.createObjectBuilder().add("entries", rows).add("unconfirmed", counts.unconfirmed())
                    .add("atRisk", counts.atRisk()).build();
        });
    }

    /** How many sessions (any status) start between {@code from} and {@code to} (instants): a test's day is free. */
    @GET
    @Path("sessions-between")
    public String sessionsBetween(@jakarta.ws.rs.QueryParam("from") String from, @jakarta.ws.rs.QueryParam("to") String to) {
        long count = em.createQuery("SELECT COUNT(s) FROM Session s WHERE s.start >= :from AND s.start < :to", Long.class)
                .setParameter("from", Instant.parse(from)).setParameter("to", Instant.parse(to)).getSingleResult();
        return Json.createObjectBuilder().add("count", count).build().toString();
    }

    /** Lets the session's escort links expire (as if its day were over). */
    @POST
    @Path("sessions/{session}/expire-links")
    @jakarta.transaction.Transactional
    public String expireLinks(@PathParam("session") long session) {
        int expired = em.createQuery("UPDATE PatientLink l SET l.expiresAt = :past WHERE l.purpose = :purpose "
                        + "AND l.subjectId = :session")
                .setParameter("past", Instant.now().minusSeconds(1))
                .setParameter("purpose", LinkPurpose.CONFIRM_ESCORT)
                .setParameter("session", session)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(PatientLink.class);
        return Json.createObjectBuilder().add("expired", expired).build().toString();
    }

    /** What is stored of a session's escort. */
    @GET
    @Path("sessions/{session}")
    public String session(@PathParam("session") long sessionId) {
        Session session = em.find(Session.class, sessionId);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("status", session.escort().status().name())
                .add("name", text(session.escort().name()))
                .add("phone", session.escort().phone() == null ? "" : session.escort().phone().value())
                .add("relationship", text(session.escort().relationship()))
                .add("confirmedBy", session.escort().confirmedBy() == null ? "" : session.escort().confirmedBy().name())
                .add("recordedBy", text(session.escort().recordedBy()))
                .add("reconfirmation", session.escort().reconfirmationRequested())
                .add("version", sessionVersion(sessionId));
        EscortFollowUp entry = em.find(EscortFollowUp.class, sessionId);
        json.add("onWorklist", entry != null)
                .add("joinedAt", entry == null ? "" : entry.joinedAt().toString())
                .add("atRiskAt", entry == null || entry.atRiskAt() == null ? "" : entry.atRiskAt().toString())
                .add("reminderQueuedAt", entry == null || entry.reminderQueuedAt() == null ? ""
                        : entry.reminderQueuedAt().toString());
        JsonArrayBuilder calls = Json.createArrayBuilder();
        em.createQuery("SELECT c FROM EscortCall c WHERE c.sessionId = :session ORDER BY c.id", EscortCall.class)
                .setParameter("session", sessionId).getResultList()
                .forEach(call -> calls.add(Json.createObjectBuilder().add("by", call.calledBy())
                        .add("outcome", call.outcome().name()).add("note", text(call.note()))));
        JsonArrayBuilder links = Json.createArrayBuilder();
        em.createQuery("SELECT l FROM PatientLink l WHERE l.purpose = :purpose AND l.subjectId = :session ORDER BY l.id",
                        PatientLink.class)
                .setParameter("purpose", LinkPurpose.CONFIRM_ESCORT).setParameter("session", sessionId)
                .getResultList()
                .forEach(link -> links.add(link.stateAt(Instant.now()).name()));
        JsonArrayBuilder reminders = Json.createArrayBuilder();
        em.createQuery("SELECT m FROM OutboxMessage m WHERE m.idempotencyKey = :key", OutboxMessage.class)
                .setParameter("key", "session-" + sessionId + "/E6").getResultList()
                .forEach(m -> reminders.add(Json.createObjectBuilder().add("kind", m.kind().name())
                        .add("status", m.status().name()).add("text", m.content().text())
                        .add("messageId", m.messageId())));
        JsonArrayBuilder audit = Json.createArrayBuilder();
        em.createQuery("SELECT a FROM AuditEntry a WHERE a.subjectType = 'Session' AND a.subjectId = :session "
                        + "AND a.action LIKE 'escort.%' ORDER BY a.id", AuditEntry.class)
                .setParameter("session", sessionId).getResultList()
                .forEach(a -> audit.add(Json.createObjectBuilder().add("action", a.action()).add("actor", a.actor())
                        .add("after", a.after() == null ? "" : AuditEntry.readable(a.after()))));
        return json.add("calls", calls).add("links", links).add("e6", reminders).add("audit", audit).build().toString();
    }

    private long sessionVersion(long sessionId) {
        return ((Number) em.createNativeQuery("SELECT VERSION FROM TREATMENT_SESSION WHERE ID = ?")
                .setParameter(1, sessionId).getSingleResult()).longValue();
    }

    private static String text(String value) {
        return value == null ? "" : value;
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
