package org.cryopath.it.probe;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.domain.model.staff.Role;
import org.cryopath.scheduling.application.NewStaffAccount;
import org.cryopath.scheduling.application.internal.StaffAdministrationBean;

/** Staff accounts and the audit log, as stored. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffProbe {

    @EJB
    StaffAdministrationBean staff;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    /** Creates an account: {"username", "password", "role"}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String create(JsonObject account) {
        var created = staff.createAccount(new NewStaffAccount(account.getString("username"), "Probe user",
                EnumSet.of(Role.valueOf(account.getString("role"))), account.getString("password")));
        return Json.createObjectBuilder().add("id", created.id()).build().toString();
    }

    /** What the database keeps of an account's password. */
    @GET
    @Path("{username}/password-hash")
    public String passwordHash(@PathParam("username") String username) {
        String hash = em.createQuery("SELECT u.passwordHash FROM StaffUser u WHERE u.username = :username", String.class)
                .setParameter("username", username)
                .getSingleResult();
        return Json.createObjectBuilder().add("hash", hash).build().toString();
    }

    /** Audit entries, newest first: of one patient (by MRN) or of one actor. */
    @GET
    @Path("audit")
    public String audit(@QueryParam("mrn") String mrn, @QueryParam("actor") String actor) {
        var query = mrn != null
                ? em.createQuery("SELECT a FROM AuditEntry a, Patient p WHERE a.patientId = p.id AND p.mrn.value = :key "
                        + "ORDER BY a.id DESC", AuditEntry.class).setParameter("key", mrn)
                : em.createQuery("SELECT a FROM AuditEntry a WHERE a.actor = :key ORDER BY a.id DESC", AuditEntry.class)
                        .setParameter("key", actor);
        JsonArrayBuilder entries = Json.createArrayBuilder();
        query.setMaxResults(50).getResultList().forEach(entry -> entries.add(Json.createObjectBuilder()
                .add("actor", entry.actor())
                .add("action", entry.action())
                .add("subjectType", entry.subjectType())
                .add("before", entry.before() == null ? "" : AuditEntry.readable(entry.before()))
                .add("after", entry.after() == null ? "" : AuditEntry.readable(entry.after()))));
        return entries.build().toString();
    }
}
