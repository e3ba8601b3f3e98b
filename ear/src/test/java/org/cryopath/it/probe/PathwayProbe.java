package org.cryopath.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
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
import java.util.LinkedHashSet;
import java.util.function.Supplier;
import org.cryopath.domain.model.link.PatientLink;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.InvalidInputException;
import org.cryopath.scheduling.application.ClinicProtocol;
import org.cryopath.scheduling.application.Page;
import org.cryopath.scheduling.application.PlanView;
import org.cryopath.scheduling.application.Preparation;
import org.cryopath.scheduling.application.Triage;
import org.cryopath.scheduling.application.TriageItem;

/**
 * Drives triage and preparation through the real services, as the caller the request names
 * ({@link ProbeAuthentication#ROLE_HEADER}), and reads what they stored. Answers: 200 with JSON, 403 when the
 * services' role check refuses, 409 {@code {field, key}} for a refusal, 422 {@code {violations}} for invalid input
 * (one field or several).
 */
@Path("pathway")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PathwayProbe {

    @EJB
    Triage triage;

    @EJB
    Preparation preparation;

    @EJB
    ClinicProtocol protocol;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @GET
    @Path("triage")
    public Response inbox() {
        return answer(() -> {
            // the whole inbox, page after page, in its order
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (int first = 0;; first += Triage.MAX_PAGE_SIZE) {
                Page<TriageItem> page = triage.inbox(null, first, Triage.MAX_PAGE_SIZE);
                page.rows().forEach(item -> items.add(Json.createObjectBuilder()
                        .add("referralId", item.referralId())
                        .add("priority", item.priority().name())
                        .add("status", item.status().name())));
                if (page.rows().isEmpty() || first + page.rows().size() >= page.total()) {
                    return items.build();
                }
            }
        });
    }

    @POST
    @Path("triage/{referral}/accept")
    public Response accept(@PathParam("referral") long referral, JsonObject decision) {
        return answer(() -> Json.createObjectBuilder().add("caseId", triage.accept(referral, new Triage.Decision(
                enumOrNull(Anaesthesia.class, decision, "anaesthesia"), enumOrNull(Guidance.class, decision, "guidance"),
                decision.getInt("plannedSessions", 1))).value()).build());
    }

    @POST
    @Path("triage/{referral}/decline")
    public Response decline(@PathParam("referral") long referral, JsonObject body) {
        return answer(() -> {
            triage.decline(referral, body.getString("reason", null));
            return status(referral);
        });
    }

    @POST
    @Path("triage/{referral}/ask")
    public Response ask(@PathParam("referral") long referral, JsonObject body) {
        return answer(() -> {
            triage.askForInformation(referral, body.getString("question", null));
            return status(referral);
        });
    }

    @POST
    @Path("triage/{referral}/answered")
    public Response answered(@PathParam("referral") long referral) {
        return answer(() -> {
            triage.informationReceived(referral);
            return status(referral);
        });
    }

    /** Generates the case's plan with the medicines {@code {"medications": ["warfarin", ...]}}. */
    @POST
    @Path("cases/{case}/plan")
    public Response generate(@PathParam("case") long treatmentCase, JsonObject body) {
        LinkedHashSet<String> medications = new LinkedHashSet<>();
        body.getJsonArray("medications").getValuesAs(JsonString.class).forEach(m -> medications.add(m.getString()));
        return answer(() -> json(preparation.generate(treatmentCase, medications)));
    }

    @POST
    @Path("cases/{case}/change")
    public Response change(@PathParam("case") long treatmentCase) {
        return answer(() -> json(preparation.startChange(treatmentCase)));
    }

    @POST
    @Path("plans/{plan}/issue")
    public Response issue(@PathParam("plan") long plan) {
        return answer(() -> json(preparation.issue(plan)));
    }

    @GET
    @Path("cases/{case}")
    public Response overview(@PathParam("case") long treatmentCase) {
        return answer(() -> preparation.caseOverview(treatmentCase)
                .map(overview -> {
                    JsonObjectBuilder json = Json.createObjectBuilder().add("status", overview.status().name());
                    if (overview.currentPlan() != null) {
                        json.add("currentPlan", json(overview.currentPlan()));
                    }
                    return json.build();
                })
                .orElseThrow());
    }

    /** Saves the protocol in force, unchanged, as its next version (an administrator's act). */
    @POST
    @Path("protocol/versions")
    public Response saveProtocolVersion(JsonObject body) {
        return answer(() -> Json.createObjectBuilder().add("number",
                protocol.saveNewVersion(protocol.current(), body.getString("changeNote", null), false).number()).build());
    }

    /** What is stored of a plan, read directly (no role needed). */
    @GET
    @Path("plans/{plan}")
    public JsonObject plan(@PathParam("plan") long plan) {
        Object[] stored = em.createQuery("SELECT p.status, p.planVersion, p.acknowledgedAt FROM PreparationPlan p "
                        + "WHERE p.id = :plan", Object[].class)
                .setParameter("plan", plan)
                .getSingleResult();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("status", stored[0].toString())
                .add("version", (Integer) stored[1]);
        if (stored[2] != null) {
            json.add("acknowledgedAt", stored[2].toString());
        }
        return json.build();
    }

    /** Lets every link of a plan expire now, as if its validity had run out. */
    @POST
    @Path("plans/{plan}/expire-links")
    @Transactional
    public JsonObject expireLinks(@PathParam("plan") long plan) {
        int expired = em.createQuery("UPDATE PatientLink l SET l.expiresAt = :past WHERE l.subjectId = :plan")
                .setParameter("past", Instant.now().minusSeconds(1))
                .setParameter("plan", plan)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(PatientLink.class);
        return Json.createObjectBuilder().add("expired", expired).build();
    }

    private JsonObject status(long referral) {
        ReferralStatus stored = em.createQuery("SELECT r.status FROM Referral r WHERE r.id = :referral", ReferralStatus.class)
                .setParameter("referral", referral)
                .getSingleResult();
        return Json.createObjectBuilder().add("status", stored.name()).build();
    }

    private static JsonObject json(PlanView plan) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        plan.items().forEach(item -> {
            JsonObjectBuilder json = Json.createObjectBuilder().add("kind", item.kind().name()).add("text", item.text());
            if (item.code() != null) {
                json.add("code", item.code());
            }
            if (item.action() != null) {
                json.add("action", item.action().name());
            }
            if (item.daysBefore() != null) {
                json.add("daysBefore", item.daysBefore());
            }
            if (item.hoursBefore() != null) {
                json.add("hoursBefore", item.hoursBefore());
            }
            if (item.minutesBefore() != null) {
                json.add("minutesBefore", item.minutesBefore());
            }
            items.add(json);
        });
        return Json.createObjectBuilder()
                .add("planId", plan.planId())
                .add("version", plan.version())
                .add("status", plan.status().name())
                .add("protocolVersion", plan.protocolVersion())
                .add("earliestStart", plan.earliestStart().toString())
                .add("items", items)
                .build();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name) ? null : Enum.valueOf(type, json.getString(name));
    }

    private static Response answer(Supplier<JsonStructure> call) {
        try {
            JsonStructure result = call.get();
            return Response.ok(result.toString()).build();
        } catch (EJBAccessException e) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(Json.createObjectBuilder().add("key", "forbidden").build().toString()).build();
        } catch (DomainException e) {
            if (e instanceof InvalidInputException || e.field().isPresent()) {
                JsonArrayBuilder violations = Json.createArrayBuilder();
                e.violations().forEach(v -> violations.add(Json.createObjectBuilder()
                        .add("field", v.field().orElse(""))
                        .add("key", v.messageKey())));
                return Response.status(422).entity(Json.createObjectBuilder().add("violations", violations).build()
                        .toString()).build();
            }
            return Response.status(Response.Status.CONFLICT).entity(Json.createObjectBuilder()
                    .add("field", e.field().orElse("")).add("key", e.messageKey()).build().toString()).build();
        }
    }
}
