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
import java.time.Instant;
import java.time.LocalDate;
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
import org.cryopath.domain.model.patient.MedicalRecordNumber;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.model.referral.ReferringClinician;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.domain.shared.PhoneNumber;
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
 * The benchmarks' work inside the server. The outbox benchmark runs here so both contenders share one JVM and one SMTP
 * server: the real dispatcher draining N due outbox messages, against a plain Angus Mail loop sending the same N
 * messages (same MIME, same recipients) over one connection; each gets a warm-up run first. The triage inbox
 * benchmark fills the inbox here; it measures the page from outside, as a browser gets it.
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

    /**
     * Sets the triage inbox to hold exactly {@code count} waiting referrals. The referrals waiting in the test
     * database (tests', other benchmarks', the demo data's) are parked out of the inbox until {@link #restore}: their
     * status is kept aside in a table of the benchmark's own and they are marked declined. The benchmark's referrals
     * of earlier rounds are declined for good (they stay, as a department's history does), then new ones are received
     * for its own patients ({@code BENCHT-00001}...), urgent one in ten, received a minute apart over the past days.
     * Written directly (no email E1: this measures the inbox, not intake). Answers how many wait.
     */
    @POST
    @Path("triage-inbox/waiting")
    public String waiting(@QueryParam("count") @DefaultValue("5000") int count) throws Exception {
        transaction.begin();
        if (em.createNativeQuery(database.product() == DatabaseProduct.DERBY
                ? "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'BENCH_PARKED_REFERRAL'"
                : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'bench_parked_referral'")
                .getSingleResult() instanceof Number tables && tables.intValue() == 0) {
            em.createNativeQuery("CREATE TABLE BENCH_PARKED_REFERRAL (ID BIGINT NOT NULL PRIMARY KEY, "
                    + "STATUS VARCHAR(16) NOT NULL, STATUS_NOTE VARCHAR(1000))").executeUpdate();
        }
        em.createNativeQuery("INSERT INTO BENCH_PARKED_REFERRAL SELECT ID, STATUS, STATUS_NOTE FROM REFERRAL "
                + "WHERE STATUS IN ('RECEIVED', 'NEEDS_INFO') AND " + NOT_BENCH).executeUpdate();
        em.createNativeQuery("UPDATE REFERRAL SET STATUS = 'DECLINED', STATUS_NOTE = 'Parked by the triage benchmark' "
                + "WHERE ID IN (SELECT ID FROM BENCH_PARKED_REFERRAL)").executeUpdate();
        em.createNativeQuery("UPDATE REFERRAL SET STATUS = 'DECLINED', STATUS_NOTE = 'Benchmark reset' "
                + "WHERE STATUS IN ('RECEIVED', 'NEEDS_INFO')").executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evict(Referral.class);
        int missing = (int) Math.max(0, count - waitingReferrals());
        Instant start = clock.instant().minus(Duration.ofMinutes(missing + 60L));
        for (int from = 0; from < missing; from += ENQUEUE_CHUNK) {
            transaction.begin();
            for (int i = from; i < Math.min(missing, from + ENQUEUE_CHUNK); i++) {
                em.persist(Referral.receive(benchPatient(i % count + 1), BENCH_REFERRER, TargetOrgan.values()[i % 6],
                        "Benchmark referral " + i, null, i % 10 == 0 ? Priority.URGENT : Priority.ROUTINE, i % 3 == 0,
                        i % 4 == 0, start.plus(Duration.ofMinutes(i))));
            }
            transaction.commit();
            em.clear();
        }
        transaction.begin();
        em.createNativeQuery("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()").executeUpdate();
        transaction.commit();
        return Json.createObjectBuilder().add("waiting", waitingReferrals()).build().toString();
    }

    /** Ends the triage benchmark: its referrals declined, the parked ones back in the inbox as they were. */
    @POST
    @Path("triage-inbox/restore")
    public String restore() throws Exception {
        transaction.begin();
        em.createNativeQuery("UPDATE REFERRAL SET STATUS = 'DECLINED', STATUS_NOTE = 'Benchmark reset' "
                + "WHERE STATUS IN ('RECEIVED', 'NEEDS_INFO')").executeUpdate();
        if (em.createNativeQuery(database.product() == DatabaseProduct.DERBY
                ? "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'BENCH_PARKED_REFERRAL'"
                : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'bench_parked_referral'")
                .getSingleResult() instanceof Number tables && tables.intValue() > 0) {
            em.createNativeQuery("UPDATE REFERRAL SET "
                    + "STATUS = (SELECT b.STATUS FROM BENCH_PARKED_REFERRAL b WHERE b.ID = REFERRAL.ID), "
                    + "STATUS_NOTE = (SELECT b.STATUS_NOTE FROM BENCH_PARKED_REFERRAL b WHERE b.ID = REFERRAL.ID) "
                    + "WHERE ID IN (SELECT ID FROM BENCH_PARKED_REFERRAL)").executeUpdate();
            em.createNativeQuery("DELETE FROM BENCH_PARKED_REFERRAL").executeUpdate();
        }
        transaction.commit();
        em.getEntityManagerFactory().getCache().evict(Referral.class);
        return Json.createObjectBuilder().add("waiting", waitingReferrals()).build().toString();
    }

    /** Referrals of patients that are not the benchmark's own. */
    private static final String NOT_BENCH = "PATIENT_ID NOT IN (SELECT ID FROM PATIENT WHERE MRN LIKE 'BENCHT-%')";

    private static final ReferringClinician BENCH_REFERRER = ReferringClinician.of("Dr. Morgan Lee", "Harbour Oncology",
            PhoneNumber.of("+1 555 010 2200", "phone"), null);

    /** The benchmark's patient number {@code n}, registered the first time it is needed (inside a transaction). */
    private Patient benchPatient(int n) {
        MedicalRecordNumber mrn = MedicalRecordNumber.of(String.format("BENCHT-%05d", n));
        return em.createQuery("SELECT p FROM Patient p WHERE p.mrn = :mrn", Patient.class)
                .setParameter("mrn", mrn)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Patient patient = Patient.register(mrn, PersonName.of("Bench " + n, "Patient"), LocalDate.of(1950, 1, 1)
                            .plusDays(n), EmailAddress.of("bencht-" + n + "@example.org"), null, Language.EN,
                            LocalDate.now(clock));
                    em.persist(patient);
                    return patient;
                });
    }

    private long waitingReferrals() {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.status IN :waiting", Long.class)
                .setParameter("waiting", List.of(ReferralStatus.RECEIVED, ReferralStatus.NEEDS_INFO))
                .getSingleResult();
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
