package org.cryopath.it.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.notifications.application.Outbox;
import org.cryopath.notifications.application.OutgoingMail;
import org.cryopath.notifications.application.internal.DispatchReport;
import org.cryopath.notifications.application.internal.OutboxDispatcher;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.Appointment;
import org.cryopath.notifications.application.mail.SessionBooked;
import org.cryopath.notifications.infrastructure.calendar.CalendarInvite;
import org.cryopath.notifications.infrastructure.calendar.CalendarInvites;
import org.cryopath.notifications.infrastructure.templates.MailTemplates;

/**
 * Drives the outbox inside the server: enqueue test messages through the real {@link Outbox} (committed or rolled
 * back), run one or several dispatchers now, supersede a topic, and read rows back.
 */
@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxProbe {

    @EJB
    OutboxDispatcher dispatcher;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    CalendarInvites invites;

    @Inject
    Clock clock;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    /** Runs the dispatcher now, as its timer would. */
    @POST
    @Path("dispatch")
    public String dispatch() {
        return report(dispatcher.dispatchDue()).build().toString();
    }

    /**
     * Runs {@code dispatchers} dispatcher runs at the same moment, each in its own thread and transactions, as
     * the nodes of a cluster sharing one database would; returns each run's report.
     */
    @POST
    @Path("dispatch-concurrently")
    public String dispatchConcurrently(@QueryParam("dispatchers") @DefaultValue("2") int dispatchers,
            @QueryParam("batch") @DefaultValue("10") int batch) throws Exception {
        CyclicBarrier start = new CyclicBarrier(dispatchers);
        List<Future<DispatchReport>> runs = new ArrayList<>();
        for (int i = 0; i < dispatchers; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return dispatcher.dispatchDue(batch);
            }));
        }
        JsonArrayBuilder reports = Json.createArrayBuilder();
        for (Future<DispatchReport> run : runs) {
            reports.add(report(run.get()));
        }
        return reports.build().toString();
    }

    /**
     * Enqueues test messages in one transaction through the real outbox: body {@code {"messages": [{"key", "topic",
     * "recipient", "dueInSeconds", "calendar"}], "twice": bool}}; with {@code rollback=true} the transaction is rolled
     * back. With {@code twice}, every message is enqueued a second time in the same transaction.
     */
    @POST
    @Path("enqueue")
    @Consumes(MediaType.APPLICATION_JSON)
    public String enqueue(String body, @QueryParam("rollback") boolean rollback) throws Exception {
        JsonObject request = Json.createReader(new StringReader(body)).readObject();
        JsonArray messages = request.getJsonArray("messages");
        boolean twice = request.getBoolean("twice", false);
        MailContent plain = templates.render(new SessionBooked(new Addressee("Grace", "Okafor"),
                        new Appointment(Instant.parse("2026-12-07T13:30:00Z"), Instant.parse("2026-12-07T12:45:00Z"), "IR suite"),
                        List.of("Photo ID", "Your medicines"), "http://localhost/escort?t=test"), Language.EN);
        JsonArrayBuilder ids = Json.createArrayBuilder();
        transaction.begin();
        try {
            for (JsonValue value : messages) {
                JsonObject message = value.asJsonObject();
                OutgoingMail mail = mail(message, plain);
                OutboxMessage stored = outbox.enqueue(mail);
                if (twice) {
                    outbox.enqueue(mail);
                }
                ids.add(stored.id());
            }
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        if (rollback) {
            transaction.rollback();
        } else {
            transaction.commit();
        }
        return Json.createObjectBuilder().add("ids", ids).build().toString();
    }

    private OutgoingMail mail(JsonObject message, MailContent plain) {
        String recipient = message.getString("recipient");
        MailContent content = plain;
        if (message.getBoolean("calendar", false)) {
            Instant start = Instant.parse("2026-12-07T13:30:00Z");
            content = plain.withCalendar(invites.request(new CalendarInvite(message.getString("key") + "@cryopath.example",
                    0, start, start.plusSeconds(7200), ZoneId.of("America/New_York"), templates.calendarSummary(Language.EN),
                    "1 Example Plaza", "CryoPath Demo Clinic", "no-reply@cryopath.example", recipient)), CalendarInvites.REQUEST);
        }
        return new OutgoingMail(message.getString("key"), message.getString("topic"), MessageKind.E3_SESSION_BOOKED,
                null, EmailAddress.of(recipient), Language.EN, content,
                clock.instant().plusSeconds(message.getInt("dueInSeconds", 0)));
    }

    /**
     * Makes every pending message of a topic due now, as if enqueued a while ago (messages enqueued for later, so no
     * timer run took them; old enough that a dispatcher's settle time does not hold them back).
     */
    @POST
    @Path("make-due")
    public String makeDue(@QueryParam("topic") String topic) throws Exception {
        transaction.begin();
        int updated = em.createQuery("UPDATE OutboxMessage m SET m.nextAttemptAt = :now, m.createdAt = :earlier "
                        + "WHERE m.topic = :topic AND m.status = :pending")
                .setParameter("now", clock.instant())
                .setParameter("earlier", clock.instant().minusSeconds(60))
                .setParameter("topic", topic)
                .setParameter("pending", OutboxStatus.PENDING)
                .executeUpdate();
        transaction.commit();
        return Json.createObjectBuilder().add("updated", updated).build().toString();
    }

    /** Cancels a topic's pending messages through the real outbox, committed or rolled back. */
    @POST
    @Path("supersede")
    public String supersede(@QueryParam("topic") String topic, @QueryParam("reason") String reason,
            @QueryParam("rollback") boolean rollback) throws Exception {
        transaction.begin();
        int superseded = outbox.supersede(topic, reason);
        if (rollback) {
            transaction.rollback();
        } else {
            transaction.commit();
        }
        return Json.createObjectBuilder().add("superseded", superseded).build().toString();
    }

    /**
     * Puts an address no mail server could take into a stored message, as an old row or a hand-edited database
     * might hold: the domain's own EmailAddress refuses it, so it cannot come from the services.
     */
    @POST
    @Path("{id}/corrupt-recipient")
    public String corruptRecipient(@PathParam("id") long id, @QueryParam("value") String value) throws Exception {
        transaction.begin();
        int updated = em.createNativeQuery("UPDATE OUTBOX_MESSAGE SET RECIPIENT = ? WHERE ID = ?")
                .setParameter(1, value)
                .setParameter(2, id)
                .executeUpdate();
        transaction.commit();
        return Json.createObjectBuilder().add("updated", updated).build().toString();
    }

    /** The rows of one topic. */
    @GET
    @Path("topic")
    public String topic(@QueryParam("topic") String topic) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        em.createQuery("SELECT m FROM OutboxMessage m WHERE m.topic = :topic ORDER BY m.id", OutboxMessage.class)
                .setParameter("topic", topic)
                .getResultList()
                .forEach(m -> rows.add(row(m)));
        return rows.build().toString();
    }

    /** How many rows of a topic stand in each status. */
    @GET
    @Path("topic/counts")
    public String counts(@QueryParam("topic") String topic) {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.add(status.name(), 0);
        }
        em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMessage m WHERE m.topic = :topic GROUP BY m.status",
                        Object[].class)
                .setParameter("topic", topic)
                .getResultList()
                .forEach(row -> counts.add(((OutboxStatus) row[0]).name(), ((Number) row[1]).longValue()));
        return counts.build().toString();
    }

    /** The outbox rows of one patient's MRN. */
    @GET
    public String messages(@QueryParam("mrn") String mrn) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        em.createQuery("SELECT m FROM OutboxMessage m, Patient p WHERE m.patientId = p.id AND p.mrn.value = :mrn "
                        + "ORDER BY m.id", OutboxMessage.class)
                .setParameter("mrn", mrn)
                .getResultList()
                .forEach(m -> rows.add(row(m)));
        return rows.build().toString();
    }

    private static JsonObjectBuilder row(OutboxMessage m) {
        return Json.createObjectBuilder()
                .add("id", m.id())
                .add("key", m.idempotencyKey())
                .add("kind", m.kind().name())
                .add("status", m.status().name())
                .add("attempts", m.attempts())
                .add("messageId", m.messageId())
                .add("recipient", m.recipient().value())
                .add("lastError", m.lastError() == null ? "" : m.lastError())
                .add("subject", m.content().subject());
    }

    private static JsonObjectBuilder report(DispatchReport report) {
        return Json.createObjectBuilder()
                .add("delivered", report.delivered())
                .add("transientFailures", report.transientFailures())
                .add("permanentFailures", report.permanentFailures());
    }
}
