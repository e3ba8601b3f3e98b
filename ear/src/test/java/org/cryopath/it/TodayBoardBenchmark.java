package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryopath.it.support.Bench;
import org.cryopath.it.support.BenchClinic;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The today board benchmark ({@code ./mvnw -Pbench verify -Dit.test=TodayBoardBenchmark}): 100,000 sessions in the
 * database (the benchmark's 10 rooms over the past 1,200 days and the coming 100, 95% of their positions taken, so
 * about 75 of them today), and 20 staff members signed in (front desk and clinicians, each with a session of their
 * own) asking for {@code today/board.xhtml} at once, 15 times each after 3 that warm up. Each request is timed from
 * the request to the last byte of the HTML, as the browser gets it. Everything is removed at the end as in the slot
 * search benchmark.
 *
 * <p>Prints {@code BENCH today-board ...} last (also in {@code target/bench/today-board.txt}) with the page's p50 and
 * p95, and how many sessions the last page listed ({@code listed}: the rows of its sessions table). The goal (p95
 * under 150 ms) is reported, not asserted.
 */
@ExtendWith(ArquillianExtension.class)
class TodayBoardBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.board.sessions", 100_000);
    private static final int USERS = 20;
    private static final int WARM_UP = 3;
    private static final int TIMED = 15;
    private static final int PATIENTS = 2_000;
    private static final Pattern ROW = Pattern.compile("<tr class=\"session\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @Test
    void theBoardOfABusyClinic() throws Exception {
        Files.deleteIfExists(Path.of(System.getProperty("bench.dir", "target/bench"), "today-board.txt"));
        TestMailServer.get();
        long template = Clinic.readyCase(uniqueMrn("BOARDT"), "SEDATION", 1);
        JsonObject seeded;
        List<Double> millis;
        HttpResponse<String> last;
        try {
            BenchClinic clinic = BenchClinic.open("board");
            BenchClinic.cases(0, PATIENTS, "SEDATION", template);
            seeded = clinic.seedSessions(LocalDate.now(Clinic.ZONE).minusDays(1200), 1300, SESSIONS, 0.95,
                    PATIENTS);
            List<WebSession> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                Staff staff = i % 2 == 0 ? Staff.FRONT_DESK : Staff.CLINICIAN;
                WebSession user = new WebSession();
                assertThat(user.signIn(staff.username(), staff.password()).statusCode()).as("signed in").isEqualTo(302);
                users.add(user);
            }
            millis = Collections.synchronizedList(new ArrayList<>());
            last = everyoneAtOnce(users, millis);
        } finally {
            BenchClinic.cleanUp();
        }

        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        Matcher named = ROW.matcher(last.body());
        int listed = 0;
        while (named.find()) {
            listed++;
        }
        Bench.report("today-board", String.format(Locale.ROOT,
                "BENCH today-board sessions=%d sessions_today=%d users=%d requests=%d html_kb=%.1f listed=%d "
                        + "p50_ms=%.1f p95_ms=%.1f max_ms=%.1f",
                seeded.getInt("sessions"), seeded.getInt("activeToday"), USERS, sorted.size(),
                last.body().getBytes(StandardCharsets.UTF_8).length / 1024.0, listed, percentile(sorted, 50),
                percentile(sorted, 95), sorted.get(sorted.size() - 1)));
    }

    /** Every user asks for the board {@code WARM_UP + TIMED} times, all users at once; answers the last page. */
    private static HttpResponse<String> everyoneAtOnce(List<WebSession> users, List<Double> millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> done = new ArrayList<>();
        for (WebSession user : users) {
            done.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> page = null;
                for (int i = 0; i < WARM_UP + TIMED; i++) {
                    long began = System.nanoTime();
                    page = user.get(Server.cryopath("today/board.xhtml"));
                    double took = (System.nanoTime() - began) / 1e6;
                    assertThat(page.statusCode()).as("the today board").isEqualTo(200);
                    if (i >= WARM_UP) {
                        millis.add(took);
                    }
                }
                return page;
            }));
        }
        start.countDown();
        HttpResponse<String> last = null;
        try {
            for (Future<HttpResponse<String>> user : done) {
                last = user.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return last;
    }

    private static double percentile(List<Double> sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
