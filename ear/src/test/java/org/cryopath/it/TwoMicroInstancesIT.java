package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cryopath.it.browser.Accessibility;
import org.cryopath.it.browser.Browser;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.PreparationPlanPage;
import org.cryopath.it.browser.pages.TriageInboxPage;
import org.cryopath.it.microprobe.MicroProbeApplication;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.LoadBalancer;
import org.cryopath.it.support.MicroInstance;
import org.cryopath.it.support.Operations;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Referrals;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.TestOutbox;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
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
 * per Message-ID. Not an Arquillian test: it starts and stops its two instances itself, with the probe inside the
 * WAR (see {@link CryoPathDeployment#realMicroWarWithProbe()}). Runs in the it-micro run when PostgreSQL runs.
 * Instance a: HTTP on {@code it.cluster.portbase}, data grid on + 8; b: + 2 and + 9; the refused c: + 4 and + 10.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoMicroInstancesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START = Duration.ofMinutes(10);

    private static MicroInstance a;
    private static MicroInstance b;

    @BeforeAll
    static void twoInstancesOnePostgresql() throws IOException {
        String jdbcUrl = System.getProperty("it.cluster.jdbc.url", "");
        Assumptions.assumeFalse(jdbcUrl.isEmpty() || Boolean.getBoolean("it.cluster.skip"),
                "two instances need PostgreSQL (-Dit.postgresql.skip=true leaves it out)");
        TestMailServer.get();
        Path dir = Path.of(System.getProperty("it.micro.dir", "target/micro"), "cluster");
        Files.createDirectories(dir);
        Path war = dir.resolve("cryopath.war");
        CryoPathDeployment.realMicroWarWithProbe().as(ZipExporter.class).exportTo(war.toFile(), true);
        int base = Integer.getInteger("it.cluster.portbase", 28182);
        int gridA = base + 8;
        int gridB = base + 9;
        // One after the other: the first migrates an empty database (and loads the demo data) alone
        a = start("a", dir, war, jdbcUrl, base, gridA, gridA, gridB);
        a.awaitApplication("cryopath", START);
        b = start("b", dir, war, jdbcUrl, base + 2, gridB, gridA, gridB);
        b.awaitApplication("cryopath", START);
        await().atMost(Duration.ofMinutes(2)).until(() -> log(a).contains("DG Size: 2") || log(b).contains("DG Size: 2"));
    }

    private static MicroInstance start(String name, Path dir, Path war, String jdbcUrl, int httpPort, int gridPort,
            int gridA, int gridB) {
        return MicroInstance.start(new MicroInstance.Options(
                Path.of(System.getProperty("it.micro.dir", "target/micro"), "payara-micro.jar"), war,
                dir.resolve(name), dir.resolve(name + ".log"),
                Path.of(System.getProperty("it.micro.postBootCommands")), httpPort, httpPort + 1,
                List.of("-Xmx768m"),
                List.of("--name", "cryopath-" + name, "--clustername", "cryopath-it-" + gridA,
                        "--clustermode", "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB,
                        "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1"),
                Map.of("CRYOPATH_JDBC_URL", jdbcUrl, "CRYOPATH_JDBC_USER", "cryopath", "CRYOPATH_JDBC_PASSWORD", "cryopath",
                        "CRYOPATH_PUBLIC_URL", "http://localhost:" + httpPort + "/cryopath",
                        // the production idle timeout, not the test server's minute: an instance's stop must not race it
                        "CRYOPATH_SESSION_TIMEOUT_MINUTES", "15")));
    }

    @AfterAll
    static void stopBoth() {
        for (MicroInstance instance : new MicroInstance[] {a, b}) {
            if (instance != null && instance.isAlive()) {
                instance.stop();
            }
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

    /** A third instance joining the cluster with an embedded Derby database refuses to start, naming the setting. */
    @Test
    @Order(3)
    void anInstanceWithEmbeddedDerbyRefusesToJoinTheCluster() throws IOException {
        Path dir = a.log().getParent();
        int base = Integer.getInteger("it.cluster.portbase", 28182);
        MicroInstance derby = start("c", dir, dir.resolve("cryopath.war"),
                "jdbc:derby:" + dir.resolve("c-derby").toAbsolutePath() + ";create=true", base + 4, base + 10,
                base + 8, base + 9);
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
    @Order(4)
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
                Path dir = b.log().getParent();
                int base = Integer.getInteger("it.cluster.portbase", 28182);
                b = start("b", dir, dir.resolve("cryopath.war"), System.getProperty("it.cluster.jdbc.url"), base + 2,
                        base + 9, base + 8, base + 9);
                b.awaitApplication("cryopath", START);
            }
        }
    }

    /**
     * An instance killed (SIGKILL) while its dispatcher holds claimed messages: the other instance delivers them when
     * the lease ends (20 s in the tests); nothing is lost, and a message sent twice carries its one Message-ID.
     */
    @Test
    @Order(5)
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

    private static void enqueue(MicroInstance instance, String topic, int from, int to) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (int n = from; n < to; n++) {
            // due in an hour: no dispatcher takes them before make-due makes them all due at once
            messages.add(TestOutbox.message(topic, n, null, 3600, false));
        }
        post(instance, "outbox/enqueue", Json.createObjectBuilder().add("messages", messages).build().toString());
    }

    private static double sent(MicroInstance instance) {
        HttpResponse<String> metrics = send(instance, HttpRequest.newBuilder(
                URI.create("http://localhost:" + instance.httpPort() + "/metrics?scope=application")).GET());
        return Operations.metric(metrics.body(), "cryopath_outbox_sent_total").orElse(0.0);
    }

    private static JsonObject counts(MicroInstance instance, String topic) {
        return Json.createReader(new StringReader(send(instance, HttpRequest.newBuilder(
                probe(instance, "outbox/topic/counts?topic=" + encode(topic))).GET()).body())).readObject();
    }

    private static void post(MicroInstance instance, String path) {
        send(instance, HttpRequest.newBuilder(probe(instance, path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static void post(MicroInstance instance, String path, String json) {
        send(instance, HttpRequest.newBuilder(probe(instance, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static URI probe(MicroInstance instance, String path) {
        return URI.create("http://localhost:" + instance.httpPort() + "/cryopath/" + MicroProbeApplication.PATH + "/" + path);
    }

    private static HttpResponse<String> send(MicroInstance instance, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(response.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> sendQuietly(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String log(MicroInstance instance) throws IOException {
        return Files.readString(instance.log(), StandardCharsets.ISO_8859_1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
