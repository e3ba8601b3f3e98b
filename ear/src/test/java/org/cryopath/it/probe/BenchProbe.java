package org.cryopath.it.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.persistence.Database;
import org.cryopath.domain.persistence.DatabaseProduct;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.notifications.application.Outbox;
import org.cryopath.notifications.application.OutgoingMail;
import org.cryopath.notifications.application.internal.OutboxDispatcher;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.ReferralReceived;
import org.cryopath.notifications.infrastructure.smtp.MailSettings;
import org.cryopath.notifications.infrastructure.smtp.MimeComposer;
import org.cryopath.notifications.infrastructure.smtp.OutboundMessage;
import org.cryopath.notifications.infrastructure.templates.MailTemplates;

/**
 * The outbox benchmark, run inside the server so both contenders share one JVM and one SMTP server: the real
 * dispatcher draining N due outbox messages, against a plain Angus Mail loop sending the same N messages (same
 * MIME, same recipients) over one connection. Each gets a warm-up run first.
 */
@Path("bench")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BenchProbe {

    private static final int ENQUEUE_CHUNK = 500;
    private static final Map<String, Future<String>> RUNS = new ConcurrentHashMap<>();

    @EJB
    OutboxDispatcher dispatcher;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Database database;

    /**
     * Starts a benchmark run in the background (50,000 messages take longer than an HTTP request should) and
     * answers its id; {@code GET bench/outbox/<id>} then tells whether it is done and, once done, its result.
     */
    @POST
    @Path("outbox")
    public String start(@QueryParam("count") @DefaultValue("5000") int count,
            @QueryParam("warmup") @DefaultValue("2000") int warmup,
            @QueryParam("recipients") @DefaultValue("100") int recipients) {
        String id = UUID.randomUUID().toString();
        RUNS.put(id, executor.submit(() -> run(count, warmup, recipients)));
        return Json.createObjectBuilder().add("run", id).build().toString();
    }

    @GET
    @Path("outbox/{run}")
    public String result(@PathParam("run") String id) throws Exception {
        Future<String> run = RUNS.get(id);
        if (run == null) {
            throw new NotFoundException();
        }
        if (!run.isDone()) {
            return Json.createObjectBuilder().add("done", false).build().toString();
        }
        RUNS.remove(id);
        return run.get();
    }

    /**
     * Warms both contenders up, then times them in the order outbox, plain, plain, outbox (so drift in the machine's
     * load or in the JIT favours neither) and reports the mean rate of each.
     */
    private String run(int count, int warmup, int recipients) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String warm = prepare("bench-warmup-" + run, warmup, recipients);
        drainOutbox(warm);
        sendPlain(contentsOf(warm));

        String first = prepare("bench-a-" + run, count, recipients);
        Duration outboxA = drainOutbox(first);
        Duration plainA = sendPlain(contentsOf(first));
        String second = prepare("bench-b-" + run, count, recipients);
        Duration plainB = sendPlain(contentsOf(second));
        Duration outboxB = drainOutbox(second);
        long sent = countOf(first, OutboxStatus.SENT) + countOf(second, OutboxStatus.SENT);

        double outbox = 2 * count / (seconds(outboxA) + seconds(outboxB));
        double plain = 2 * count / (seconds(plainA) + seconds(plainB));
        return Json.createObjectBuilder()
                .add("done", true)
                .add("database", database.product().name().toLowerCase(Locale.ROOT))
                .add("messages", count)
                .add("sent", sent)
                .add("outboxSeconds", Json.createArrayBuilder().add(seconds(outboxA)).add(seconds(outboxB)))
                .add("plainSeconds", Json.createArrayBuilder().add(seconds(plainA)).add(seconds(plainB)))
                .add("outboxPerSecond", outbox)
                .add("plainPerSecond", plain)
                .add("ratio", outbox / plain)
                .build().toString();
    }

    /** Enqueues {@code count} messages due tomorrow (so no timer run takes them early), then makes them due now. */
    private String prepare(String topic, int count, int recipients) throws Exception {
        for (int from = 0; from < count; from += ENQUEUE_CHUNK) {
            transaction.begin();
            for (int i = from; i < Math.min(count, from + ENQUEUE_CHUNK); i++) {
                String recipient = "bench-" + (i % recipients) + "@example.org";
                outbox.enqueue(new OutgoingMail(topic + "/" + i, topic, MessageKind.E1_REFERRAL_RECEIVED, null,
                        EmailAddress.of(recipient), Language.EN, templates.render(new ReferralReceived(
                                new Addressee("Bench " + i, "Patient"), "Dr. Morgan Lee", clock.instant()), Language.EN),
                        clock.instant().plus(Duration.ofDays(1))));
            }
            transaction.commit();
        }
        // Writing 5,000 rows fills Derby's log (and PostgreSQL's WAL); let the database write its checkpoint now
        // rather than in the middle of whichever contender runs next (in real use, enqueues are spread over the day).
        transaction.begin();
        em.createNativeQuery(database.product() == DatabaseProduct.DERBY
                ? "CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()" : "CHECKPOINT").executeUpdate();
        transaction.commit();
        transaction.begin();
        // Due now, and enqueued a while ago: old enough for the dispatcher's settle time
        em.createQuery("UPDATE OutboxMessage m SET m.nextAttemptAt = :now, m.createdAt = :earlier WHERE m.topic = :topic")
                .setParameter("now", clock.instant())
                .setParameter("earlier", clock.instant().minusSeconds(60))
                .setParameter("topic", topic)
                .executeUpdate();
        transaction.commit();
        return topic;
    }

    /** The real dispatcher, until every message of the topic is recorded as sent. */
    private Duration drainOutbox(String topic) throws InterruptedException {
        long start = System.nanoTime();
        dispatcher.dispatchDue();
        while (countOf(topic, OutboxStatus.PENDING) > 0) {
            Thread.sleep(10);
            dispatcher.dispatchDue();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The same messages, composed by the same code, sent by a plain loop over one connection. */
    private Duration sendPlain(List<OutboundMessage> messages) throws Exception {
        Session session = mail.session();
        MimeComposer composer = new MimeComposer(session, mail.from(), mail.replyTo());
        long start = System.nanoTime();
        Transport transport = session.getTransport("smtp");
        transport.connect();
        try {
            for (OutboundMessage outbound : messages) {
                MimeMessage message = composer.compose(outbound, new Date());
                transport.sendMessage(message, message.getAllRecipients());
            }
        } finally {
            transport.close();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private List<OutboundMessage> contentsOf(String topic) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.topic = :topic ORDER BY m.id", OutboxMessage.class)
                .setParameter("topic", topic)
                .getResultStream()
                .map(m -> new OutboundMessage(m.id(), "<plain-" + m.messageId().substring(1), m.recipient().value(),
                        m.language(), m.content()))
                .toList();
    }

    private long countOf(String topic, OutboxStatus status) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.topic = :topic AND m.status = :status", Long.class)
                .setParameter("topic", topic)
                .setParameter("status", status)
                .getSingleResult();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
