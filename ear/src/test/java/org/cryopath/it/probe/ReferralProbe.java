package org.cryopath.it.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.InvalidInputException;
import org.cryopath.scheduling.application.ReferralIntake;
import org.cryopath.scheduling.application.ReferralRegistration;
import org.cryopath.scheduling.application.ReferralService;

@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferralProbe {

    @EJB
    ReferralService referrals;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    /** Registers through the real service; with {@code rollback=true} inside a transaction that is then rolled back. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(ReferralIntake intake, @QueryParam("rollback") boolean rollback) throws Exception {
        if (rollback) {
            transaction.begin();
            try {
                referrals.register(intake);
            } finally {
                transaction.rollback();
            }
            return Response.noContent().build();
        }
        try {
            ReferralRegistration registration = referrals.register(intake);
            return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                    .add("referralId", registration.referral().value())
                    .add("patientId", registration.patient().value())
                    .add("newPatient", registration.newPatient())
                    .add("lookAlikes", registration.lookAlikes().size())
                    .build().toString()).build();
        } catch (InvalidInputException e) {
            JsonArrayBuilder violations = Json.createArrayBuilder();
            e.violations().forEach(v -> violations.add(Json.createObjectBuilder()
                    .add("field", v.field().orElse(""))
                    .add("key", v.messageKey())));
            return Response.status(422).entity(Json.createObjectBuilder().add("violations", violations).build().toString()).build();
        } catch (DomainException e) {
            return Response.status(Response.Status.CONFLICT).entity(Json.createObjectBuilder()
                    .add("field", e.field().orElse("")).add("key", e.messageKey()).build().toString()).build();
        }
    }

    /** How many referrals are stored for an MRN. */
    @GET
    @Path("count")
    public String count(@QueryParam("mrn") String mrn) {
        long count = em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.patient.mrn.value = :mrn", Long.class)
                .setParameter("mrn", mrn)
                .getSingleResult();
        return Json.createObjectBuilder().add("count", count).build().toString();
    }

    /** How many patients are stored under an MRN (0 or 1). */
    @GET
    @Path("patients/count")
    public String patientCount(@QueryParam("mrn") String mrn) {
        long count = em.createQuery("SELECT COUNT(p) FROM Patient p WHERE p.mrn.value = :mrn", Long.class)
                .setParameter("mrn", mrn)
                .getSingleResult();
        return Json.createObjectBuilder().add("count", count).build().toString();
    }

    /**
     * How many rows the intake can write exist in all: patients, referrals, outbox messages, idempotency keys and
     * audit entries about patients. A refused request changes none of them.
     */
    @GET
    @Path("totals")
    public String totals() {
        return Json.createObjectBuilder()
                .add("patients", rows("SELECT COUNT(p) FROM Patient p"))
                .add("referrals", rows("SELECT COUNT(r) FROM Referral r"))
                .add("outbox", rows("SELECT COUNT(m) FROM OutboxMessage m"))
                .add("idempotencyKeys", rows("SELECT COUNT(k) FROM IdempotentRequest k"))
                .add("patientAudit", rows("SELECT COUNT(a) FROM AuditEntry a WHERE a.patientId IS NOT NULL"))
                .build().toString();
    }

    private long rows(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
