package org.cryopath.it.probe;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.notifications.application.internal.DispatchReport;
import org.cryopath.notifications.application.internal.OutboxDispatcher;

@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxProbe {

    @EJB
    OutboxDispatcher dispatcher;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    /** Runs the dispatcher now, as its timer would. */
    @POST
    @Path("dispatch")
    public String dispatch() {
        DispatchReport report = dispatcher.dispatchDue();
        return Json.createObjectBuilder()
                .add("delivered", report.delivered())
                .add("transientFailures", report.transientFailures())
                .add("permanentFailures", report.permanentFailures())
                .build().toString();
    }

    /** The outbox rows of one patient's MRN. */
    @GET
    public String messages(@QueryParam("mrn") String mrn) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        em.createQuery("SELECT m FROM OutboxMessage m, Patient p WHERE m.patientId = p.id AND p.mrn.value = :mrn "
                        + "ORDER BY m.id", OutboxMessage.class)
                .setParameter("mrn", mrn)
                .getResultList()
                .forEach(m -> rows.add(Json.createObjectBuilder()
                        .add("key", m.idempotencyKey())
                        .add("kind", m.kind().name())
                        .add("status", m.status().name())
                        .add("attempts", m.attempts())
                        .add("messageId", m.messageId())
                        .add("subject", m.content().subject())));
        return rows.build().toString();
    }
}
