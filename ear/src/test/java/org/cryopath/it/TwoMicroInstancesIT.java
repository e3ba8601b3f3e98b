package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cryopath.it.browser.Accessibility;
import org.cryopath.it.browser.Browser;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.PreparationPlanPage;
import org.cryopath.it.browser.pages.TriageInboxPage;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Escorts;
import org.cryopath.it.support.LoadBalancer;
import org.cryopath.it.support.MicroInstance;
import org.cryopath.it.support.MicroPair;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Referrals;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.TestOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Scale-out on Payara's own clustering: two Payara Micro instances of the Micro WAR on one machine (different ports),
 * joined into one Hazelcast data grid (TCP/IP discovery on 127.0.0.1, nothing multicast), sharing one PostgreSQL
 * database (the build's test cluster; two instances cannot share an embedded Derby). Both instances run the outbox
 * dispatcher's timer, as every node does; the database decides who sends which message. Counted at the SMTP server
 * per Message-ID. The escort escalation, the other timed job, runs on both at the same moments and does each session
 * once. Not an Arquillian test: it starts and stops its two instances itself ({@link MicroPair}), with the probe
 * inside the WAR (see {@link CryoPathDeployment#realMicroWarWithProbe()}). Runs in the it-cluster run of ear/pom.xml
 * (after the Micro subset, alone), when PostgreSQL runs and Payara Micro is not skipped.
 * Instance a: HTTP on {@code it.cluster.portbase}, data grid on + 8; b: + 2 and + 9; the refused c: + 4 and + 10.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoMicroInstancesIT {

    private static final Duration START = MicroPair.START;

    private static MicroPair pair;
    private static MicroInstance a;
    private static MicroInstance b;

    @BeforeAll
    static void twoInstancesOnePostgresql() {
        Assumptions.assumeFalse(MicroPair.jdbcUrl().isEmpty() || Boolean.getBoolean("it.cluster.skip"),
                "two instances need PostgreSQL (-Dit.postgresql.skip=true leaves it out)");
        TestMailServer.get();
        // One after the other: the first migrates an empty database (and loads the demo data) alone
        pair = MicroPair.prepare(Map.of(
                // the production idle timeout, not the test server's minute: an instance's stop must not race it
                "CRYOPATH_SESSION_TIMEOUT_MINUTES", "15")).startBoth();
        a = pair.a();
        b = pair.b();
    }

    @AfterAll
    static void stopBoth() {
        if (pair != null) {
            pair.close();
        }
    }

    /** (a) 2,000 due emails, both dispatchers at work: each delivered exactly once, and each instance sent some. */
    @Test
    @Order(1)
    void twoThousandDueEmailsAreDeliveredOnceEachByBothInstances() {
        String topic = TestOutbox.uniqueTopic("pair");
        int count = 2000;
        for (int from = 0; from < count; from += 250) {
            enqueue(a, topic, from, Math.min(count, from + 250));
        }
        double sentByA = sent(a);
        double sentByB = sent(b);
        long start = System.nanoTime();
        post(a, "outbox/make-due?topic=" + encode(topic));

        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> TestMailServer.messageIdCounts(topic + "-").size() == count);
        double seconds = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofMinutes(1)).until(() -> counts(a, topic).getJsonNumber("SENT").longValue() == count);

        Map<String, Long> perMessageId = TestMailServer.messageIdCounts(topic + "-");
        assertThat(perMessageId).hasSize(count);
        assertThat(perMessageId.values()).as("deliveries per Message-ID").containsOnly(1L);
        double byA = sent(a) - sentByA;
        double byB = sent(b) - sentByB;
        assertThat(byA + byB).isEqualTo(count);
        assertThat(byA).as("sent by instance a").isPositive();
        assertThat(byB).as("sent by instance b").isPositive();
        System.out.printf(Locale.ROOT, "CHECK two-instances emails=%d seconds=%.1f msgs_per_s=%.1f sent_a=%.0f sent_b=%.0f "
                + "duplicates=0%n", count, seconds, count / seconds, byA, byB);
    }

    /**
     * (d) 50 bookings of one slot at once, every other one sent to the other instance: exactly one session, 49
     * conflicts, and no overlapping sessions anywhere: the no-overlap rule is the database's, whatever instance asks.
     */
    @Test
    @Order(2)
    void fiftyBookingsOfOneSlotSpreadOverBothInstancesBookOneSession() {
        String tag = Referrals.unique(5);
        long room = Server.onInstance(a.httpPort(), () -> Clinic.room("Pair room " + tag, "CT"));
        long radiologist = Server.onInstance(a.httpPort(), () -> Clinic.radiologist("Dr. Pair " + tag));
        List<Long> cases = Server.onInstance(a.httpPort(), () -> ParallelClients.each(50,
                i -> Clinic.readyCase(Referrals.uniqueMrn("PAIR" + i), "SEDATION", 1)));
        String start = Clinic.at(Clinic.farDay(60), 10, 0);

        Run run = ParallelClients.run(16, 50, i -> Server.onInstance((i % 2 == 0 ? a : b).httpPort(), () -> {
            Api.Reply reply = Clinic.book(Staff.FRONT_DESK, cases.get(i), Clinic.placement(start, room, radiologist, null));
            return new Answer(reply.status(), reply.body());
        }));

        assertThat(run.countByStatus()).as(run.outcomes().toString())
                .containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 49L));
        assertThat(Server.onInstance(b.httpPort(), Clinic::doubleBookings)).as("overlapping sessions anywhere").isZero();
        System.out.printf(Locale.ROOT, "CHECK two-instances-booking attempts=50 booked=1 conflicts=49 double_bookings=0%n");
    }

    /**
     * (b) The escort escalation, the timed job besides the dispatcher, which every instance runs on its own timer: 12
     * sessions whose escort nobody confirmed, escalated by eight runs at once, four on each instance, at each of two
     * moments: 71 hours before the last of them (worklist row and E6 due) and 23 hours before it (at risk). Each
     * session gets one worklist row, one at-risk flag and one E6, in the database and at the SMTP server (per
     * Message-ID), and the runs' reports add up to one of each per session: the database decides who does each item.
     */
    @Test
    @Order(3)
    void escortEscalationRunOnBothInstancesAtOnceDoesEachSessionOnce() {
        int count = 12;
        List<Escorts.Booked> sessions = Server.onInstance(a.httpPort(), () -> {
            LocalDate day = dayWithNothingInTheThreeDaysBefore();
            // Four sessions at each of 07:00, 11:00 and 15:00: the clinic's four recovery bays suffice
            return ParallelClients.each(count, i -> Escorts.book("PAIR" + i, day, 7 + 4 * (i % 3)));
        });
        Instant last = sessions.stream().map(Escorts.Booked::start).max(Comparator.naturalOrder()).orElseThrow();

        Map<String, Long> done = new TreeMap<>();
        int runs = 0;
        for (Duration before : List.of(Duration.ofHours(71), Duration.ofHours(23))) {
            Instant at = last.minus(before);
            Run run = ParallelClients.run(8, 8, i -> Server.onInstance((i % 2 == 0 ? a : b).httpPort(),
                    () -> new Answer(200, (i % 2 == 0 ? "a" : "b") + Escorts.escalateAt(at))));
            assertThat(run.countByStatus()).as(run.outcomes().toString()).containsExactly(Map.entry(200, 8L));
            runs += 8;
            for (ParallelClients.Outcome outcome : run.outcomes()) {
                String instance = outcome.detail().substring(0, 1);
                JsonObject report = Json.createReader(new StringReader(outcome.detail().substring(1))).readObject();
                for (String item : List.of("joined", "atRisk", "reminders", "skipped")) {
                    done.merge(item, (long) report.getInt(item), Long::sum);
                    done.merge(item + "_" + instance, (long) report.getInt(item), Long::sum);
                }
            }
        }
        assertThat(done.get("joined")).as("worklist rows made by all runs").isEqualTo(count);
        assertThat(done.get("atRisk")).as("sessions flagged at risk by all runs").isEqualTo(count);
        assertThat(done.get("reminders")).as("E6 queued by all runs").isEqualTo(count);

        Map<Long, String> e6 = new TreeMap<>();
        for (Escorts.Booked session : sessions) {
            JsonObject stored = Server.onInstance(b.httpPort(), () -> Escorts.of(session.id()));
            assertThat(stored.getBoolean("onWorklist")).as("session " + session.id() + " on the worklist").isTrue();
            assertThat(stored.getString("atRiskAt")).as("session " + session.id() + " at risk").isNotEmpty();
            assertThat(stored.getJsonArray("e6")).as("one E6 for session " + session.id()).hasSize(1);
            assertThat(stored.getJsonArray("audit").stream().map(JsonObject.class::cast)
                    .map(entry -> entry.getString("action")).toList())
                    // in any order: each instance takes its audit ids from a block of the sequence of its own
                    .as("each step once for session " + session.id())
                    .containsExactlyInAnyOrder("escort.requested", "escort.worklist", "escort.atRisk");
            e6.put(session.id(), stored.getJsonArray("e6").getJsonObject(0).getString("messageId"));
        }
        // At the SMTP server: each E6 arrives, once; a few more dispatcher ticks on both instances bring no second one
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> sessions.stream()
                .allMatch(session -> deliveries(session, e6.get(session.id())) >= 1));
        pause(Duration.ofSeconds(5));
        for (Escorts.Booked session : sessions) {
            assertThat(deliveries(session, e6.get(session.id()))).as("E6 of session " + session.id() + " delivered")
                    .isEqualTo(1);
            assertThat(TestMailServer.messagesTo(Referrals.mailboxOf(session.mrn())).stream()
                    .collect(Collectors.groupingBy(TwoMicroInstancesIT::messageId, Collectors.counting())).values())
                    .as("deliveries per Message-ID to the patient of session " + session.id()).containsOnly(1L);
        }
        System.out.printf(Locale.ROOT, "CHECK two-instances-timers sessions=%d runs=%d moments=2 runs_at_once=8 "
                + "worklist_rows=%d at_risk=%d e6_queued=%d e6_delivered=%d duplicates=0 "
                + "done_by_a=%d done_by_b=%d skipped=%d%n", count, runs, done.get("joined"), done.get("atRisk"),
                done.get("reminders"), e6.size(), doneBy(done, "a"), doneBy(done, "b"), done.get("skipped"));
    }

    /** A third instance joining the cluster with an embedded Derby database refuses to start, naming the setting. */
    @Test
    @Order(4)
    void anInstanceWithEmbeddedDerbyRefusesToJoinTheCluster() throws IOException {
        Path dir = pair.dir();
        int base = pair.httpPort(0);
        MicroInstance derby = pair.startInstance("c", 2,
                "jdbc:derby:" + dir.resolve("c-derby").toAbsolutePath() + ";create=true");
        try {
            await().atMost(START).pollInterval(Duration.ofSeconds(2))
                    .until(() -> log(derby).contains("CryoPath refuses to start:") || !derby.isAlive());
            assertThat(log(derby)).contains("CryoPath refuses to start: cryopath.jdbc.url points at an embedded Derby "
                    + "database, which one instance alone can use, and this instance is clustered with");
            HttpResponse<String> login = sendQuietly(URI.create("http://localhost:" + (base + 4) + "/cryopath/login.xhtml"));
            assertThat(login == null ? 0 : login.statusCode()).as("the refused instance serves no CryoPath page")
                    .isNotEqualTo(200);
        } finally {
            derby.stop();
        }
    }

    /**
     * (c) A staff member keeps working on the other instance when theirs stops. A load balancer sends everything to b
     * while b lives; in Chromium a clinician signs in and opens the triage decision on a referral (which referral is
     * the view-scoped bean's state). b stops; the decision goes on to a, which reads the session from the data grid:
     * still signed in, the view and its bean there, the referral accepted and its plan shown. The same browser then
     * opens a's own address (the session cookie belongs to the host, whatever the port), and a made-up session id gets
     * the login page. b starts again for the test after this one.
     */
    @Test
    @Order(5)
    void aStaffMemberKeepsWorkingOnTheOtherInstanceWhenTheirsStops() throws IOException {
        String mrn = Referrals.uniqueMrn("FAILOVER");
        Probe.Reply registered = Server.onInstance(b.httpPort(), () -> Probe.postAs("FRONT_DESK", "referrals",
                Referrals.valid(mrn, "EN").add("priority", "URGENT").build().toString()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        WebDriver browser = Browser.start();
        try (LoadBalancer balancer = LoadBalancer.inFrontOf(b.httpPort(), a.httpPort())) {
            TriageInboxPage inbox = Server.onInstance(balancer.port(), () -> {
                LoginPage.signIn(browser, Staff.CLINICIAN);
                return TriageInboxPage.open(browser).decide(mrn);
            });
            int answeredByB = balancer.forwardedTo(b.httpPort());
            assertThat(balancer.forwardedTo(a.httpPort())).as("requests a answered while b lived").isZero();

            b.stop();
            PreparationPlanPage plan = inbox.accept("Sedation", "CT");

            assertThat(balancer.forwardedTo(b.httpPort())).as("requests b answered").isEqualTo(answeredByB);
            int answeredByA = balancer.forwardedTo(a.httpPort());
            assertThat(answeredByA).as("requests a answered after b stopped").isPositive();
            assertThat(plan.globalMessages()).contains("Referral accepted");
            assertThat(plan.header()).contains(mrn, "Sedation", "CT", "Open");

            String planOnA = browser.getCurrentUrl().replace("//localhost:" + balancer.port() + "/",
                    "//localhost:" + a.httpPort() + "/");
            assertThat(planOnA).contains("//localhost:" + a.httpPort() + "/cryopath/preparation/plan.xhtml");
            browser.get(planOnA);
            assertThat(PreparationPlanPage.current(browser).header()).as("the plan, on a's own address").contains(mrn);
            assertThat(Browser.javaScriptErrors(browser)).as("browser console errors").isEmpty();

            browser.manage().deleteAllCookies();
            browser.manage().addCookie(new Cookie("JSESSIONID", "0123456789abcdef0123456789ab", "/cryopath"));
            browser.get(planOnA);
            LoginPage.current(browser);
            Accessibility accessibility = Accessibility.of(browser);
            accessibility.checkNow();
            assertThat(accessibility.takeViolations()).as("serious, critical or structural accessibility violations")
                    .isEmpty();
            assertThat(log(a) + log(b)).as("the instances' logs").doesNotContain("NotSerializableException")
                    .doesNotContain("Cannot find EJB with ID");
            System.out.printf(Locale.ROOT, "CHECK two-instances-failover signed_in_on=b stopped=b continued_on=a "
                    + "requests_b=%d requests_a=%d still_signed_in=yes view_state_kept=yes referral_accepted=yes "
                    + "direct_on_a_signed_in=yes made_up_session_id=login_page%n", answeredByB, answeredByA);
        } finally {
            Browser.screenshot(browser, "TwoMicroInstancesIT-failover");
            browser.quit();
            if (!b.isAlive()) {
                b = pair.startB();
            }
        }
    }

    /**
     * An instance killed (SIGKILL) while its dispatcher holds claimed messages: the other instance delivers them when
     * the lease ends (20 s in the tests); nothing is lost, and a message sent twice carries its one Message-ID.
     */
    @Test
    @Order(6)
    void anInstanceKilledMidBatchLosesNothing() {
        String topic = TestOutbox.uniqueTopic("killed");
        int count = 300;
        enqueue(a, topic, 0, count);
        TestMailServer.delayEachMessageBy(40);
        try {
            double sentByA = sent(a);
            post(a, "outbox/make-due?topic=" + encode(topic));
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> sent(a) > sentByA);
            a.kill();
        } finally {
            TestMailServer.delayEachMessageBy(0);
        }

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> counts(b, topic).getJsonNumber("SENT").longValue() == count);
        Map<String, Long> perMessageId = TestMailServer.messageIdCounts(topic + "-");
        assertThat(perMessageId).as("every message arrived").hasSize(count);
        long repeated = perMessageId.values().stream().filter(n -> n > 1).count();
        assertThat(perMessageId.values()).allMatch(n -> n <= 2);
        System.out.printf(Locale.ROOT, "CHECK two-instances-sigkill emails=%d delivered=%d repeated_same_message_id=%d%n",
                count, perMessageId.size(), repeated);
    }

    /**
     * A free day of the escort tests (see {@link Escorts#freeDay()}) with no session in the three days before it
     * either: an escalation run 71 hours before looks that far, and must find only this test's sessions.
     */
    private static LocalDate dayWithNothingInTheThreeDaysBefore() {
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate day = Escorts.freeDay();
            Instant from = day.minusDays(4).atStartOfDay(Clinic.ZONE).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(Clinic.ZONE).toInstant();
            if (Probe.get("escort/sessions-between?from=" + from + "&to=" + to).object().getJsonNumber("count")
                    .longValue() == 0) {
                return day;
            }
        }
        throw new AssertionError("no day free of sessions for the escalation across both instances");
    }

    /** How many times the message with this Message-ID reached the session's patient. */
    private static long deliveries(Escorts.Booked session, String messageId) {
        return TestMailServer.messagesTo(Referrals.mailboxOf(session.mrn())).stream()
                .filter(message -> messageId.equals(messageId(message))).count();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long doneBy(Map<String, Long> done, String instance) {
        return done.getOrDefault("joined_" + instance, 0L) + done.getOrDefault("atRisk_" + instance, 0L)
                + done.getOrDefault("reminders_" + instance, 0L);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void enqueue(MicroInstance instance, String topic, int from, int to) {
        MicroPair.enqueue(instance, topic, from, to);
    }

    private static double sent(MicroInstance instance) {
        return MicroPair.sent(instance);
    }

    private static JsonObject counts(MicroInstance instance, String topic) {
        return MicroPair.counts(instance, topic);
    }

    private static void post(MicroInstance instance, String path) {
        MicroPair.post(instance, path);
    }

    private static HttpResponse<String> sendQuietly(URI uri) {
        return MicroPair.sendQuietly(uri);
    }

    private static String log(MicroInstance instance) throws IOException {
        return MicroPair.log(instance);
    }

    private static String encode(String value) {
        return MicroPair.encode(value);
    }
}
