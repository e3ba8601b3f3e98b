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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * about 75 of them today), and 20 staff members (front desk and clinicians, each with a session of their own) signing
 * in at once and asking for {@code today/board.xhtml}, 15 times each after 50 that warm up
 * ({@code -Dbench.board.warmup=N}): the board of a server in service, whose JIT compiler has compiled the page's code.
 * With 3 warm-up pages each, the first runs measured the interpreter as much as the page: the one-user figure fell
 * from 64 to 34 ms with 100. Each request is timed from the request to the last byte of the HTML, as the browser gets
 * it. Everything is removed at the end as in the slot search benchmark.
 *
 * <p>Prints {@code BENCH today-board ...} last (also in {@code target/bench/today-board.txt}) with the page's p50 and
 * p95, and how many sessions the last page listed ({@code listed}: the rows of its sessions table); then one user alone
 * asks for it 30 times more ({@code alone_p50_ms}, {@code alone_p95_ms}: the page's own cost, with nobody queued).
 * The goal (p95 under 150 ms) is reported, not asserted; so are answers other than 200 ({@code not_200}), which the
 * first runs met now and then: a 500 from the page shell's {@code displayNameOf}, "Client not authorized", for a signed-in user
 * (payara/Payara#6145, {@code @AutoApplySession} losing the groups under load; {@code StaffAuthentication} now hands
 * them to the container itself on every request).
 */
@ExtendWith(ArquillianExtension.class)
class TodayBoardBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.board.sessions", 100_000);
    private static final int USERS = 20;
    private static final int WARM_UP = Integer.getInteger("bench.board.warmup", 50);
    private static final int TIMED = 15;
    private static final int PATIENTS = 2_000;
    private static final AtomicInteger FAILED = new AtomicInteger();
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
        List<Double> alone;
        try {
            BenchClinic clinic = BenchClinic.open("board");
            BenchClinic.cases(0, PATIENTS, "SEDATION", template);
            seeded = clinic.seedSessions(LocalDate.now(Clinic.ZONE).minusDays(1200), 1300, SESSIONS, 0.95,
                    PATIENTS);
            millis = Collections.synchronizedList(new ArrayList<>());
            last = everyoneAtOnce(millis);
            alone = alone();
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
                        + "p50_ms=%.1f p95_ms=%.1f max_ms=%.1f not_200=%d alone_p50_ms=%.1f alone_p95_ms=%.1f",
                seeded.getInt("sessions"), seeded.getInt("activeToday"), USERS, sorted.size(),
                last.body().getBytes(StandardCharsets.UTF_8).length / 1024.0, listed, percentile(sorted, 50),
                percentile(sorted, 95), sorted.get(sorted.size() - 1), FAILED.get(), percentile(alone, 50),
                percentile(alone, 95)));
    }

    /**
     * 20 users at once, each signing in and then asking for the board {@code WARM_UP + TIMED} times (the test server
     * ends a session idle for a minute, so nobody signs in long before asking); answers the last page.
     */
    private static HttpResponse<String> everyoneAtOnce(List<Double> millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<HttpResponse<String>>> done = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            Staff staff = u % 2 == 0 ? Staff.FRONT_DESK : Staff.CLINICIAN;
            done.add(pool.submit(() -> {
                return askForTheBoard(staff, TIMED, millis);
            }));
        }
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

    /**
     * One user alone asking for the board {@code TIMED * 2} times after the others are done: what one page costs the
     * server with nobody else waiting (the answers sorted).
     */
    private static List<Double> alone() throws Exception {
        List<Double> millis = new ArrayList<>();
        askForTheBoard(Staff.FRONT_DESK, TIMED * 2, millis);
        Collections.sort(millis);
        return millis;
    }

    /**
     * One staff member signs in and asks for the board {@code WARM_UP + timed} times, each timed from the request to
     * the last byte; the timed ones go to {@code millis}. Answers other than 200 are counted ({@code FAILED}) and timed
     * like the others. Answers the last page.
     */
    private static HttpResponse<String> askForTheBoard(Staff staff, int timed, List<Double> millis) throws Exception {
        WebSession user = WebSession.signedIn(staff);
        HttpResponse<String> page = null;
        for (int i = 0; i < WARM_UP + timed; i++) {
            long began = System.nanoTime();
            page = user.get(Server.cryopath("today/board.xhtml"));
            double took = (System.nanoTime() - began) / 1e6;
            if (page.statusCode() != 200) {
                FAILED.incrementAndGet();
            }
            if (i >= WARM_UP) {
                millis.add(took);
            }
        }
        return page;
    }

    private static double percentile(List<Double> sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
