package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.unique;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.Bench;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake benchmark ({@code ./mvnw -Pbench verify}): referrals for distinct new patients posted to the REST API over
 * HTTP with Basic authentication, first by one client, then by 16 at once, as an EHR bridge would. Reports the rates,
 * the latencies (p50, p95) and the failures, and what a sign-in costs: an unknown username, a wrong password (both a
 * full PBKDF2 check, so they should cost the same), and a call with credentials checked a moment ago (remembered).
 * Goal: 16 clients at least 4 times the one-client rate, no failure, p95 under 1 s. Reported, not asserted.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.intake.warmup", 60);
    private static final int ONE_CLIENT = Integer.getInteger("bench.intake.single", 150);
    private static final int CLIENTS = 16;
    private static final int MANY_CLIENTS = Integer.getInteger("bench.intake.parallel", 640);
    private static final int SIGN_INS = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @Test
    void referralsPerSecondWithOneAndWithSixteenClients() {
        String batch = unique(5);
        ParallelClients.run(4, WARM_UP, i -> register("W" + batch + "-" + i));
        Run one = ParallelClients.run(1, ONE_CLIENT, i -> register("O" + batch + "-" + i));
        Run many = ParallelClients.run(CLIENTS, MANY_CLIENTS, i -> register("M" + batch + "-" + i));

        SignInCosts signIns = signInCosts();

        long failures = one.failures(201).size() + many.failures(201).size();
        String line = String.format(Locale.ROOT,
                "BENCH intake clients=%d rate_1=%.1f rate_16=%.1f speedup=%.2f p50_ms_1=%.0f p95_ms_1=%.0f "
                        + "p50_ms_16=%.0f p95_ms_16=%.0f failures=%d requests=%d signin_unknown_ms=%.0f "
                        + "signin_wrong_ms=%.0f signin_remembered_ms=%.1f",
                CLIENTS, one.perSecond(), many.perSecond(), many.perSecond() / one.perSecond(),
                one.percentileMillis(50), one.percentileMillis(95), many.percentileMillis(50),
                many.percentileMillis(95), failures, ONE_CLIENT + MANY_CLIENTS, signIns.unknownMillis(),
                signIns.wrongMillis(), signIns.rememberedMillis());
        Bench.report("intake", line);
        assertThat(one.outcomes()).hasSize(ONE_CLIENT);
    }

    private static Answer register(String mrn) {
        Api.Reply reply = Api.register(Staff.FRONT_DESK, Api.newKey(), Api.referral(mrn).build().toString());
        return new Answer(reply.status(), reply.status() == 201 ? "" : reply.body());
    }

    record SignInCosts(double unknownMillis, double wrongMillis, double rememberedMillis) {
    }

    /**
     * Median times of API calls refused for an unknown username, refused for a wrong password, and let in with
     * credentials checked just before. Wrong passwords alternate with right ones, so the account never reaches its
     * lockout (a locked account is refused before any password check, which would measure nothing).
     */
    private static SignInCosts signInCosts() {
        String username = "bench" + unique(6).toLowerCase(Locale.ROOT);
        String password = "Bench-password-" + unique(8);
        Probe.Reply created = Probe.post("staff", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("role", "FRONT_DESK").build().toString());
        assertThat(created.status()).isEqualTo(200);
        Staff account = new Staff(username, password, "Bench user");
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        List<Long> remembered = new ArrayList<>();
        for (int i = 0; i < SIGN_INS; i++) {
            unknown.add(timed(new Staff("nobody" + unique(8).toLowerCase(Locale.ROOT), password, "")));
            wrong.add(timed(new Staff(username, password + "x", "")));
            timed(account);
            remembered.add(timed(account));
        }
        return new SignInCosts(median(unknown), median(wrong), median(remembered));
    }

    private static long timed(Staff staff) {
        long began = System.nanoTime();
        Api.send(Api.request(Api.REFERRALS + "/1", staff).GET());
        return System.nanoTime() - began;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}
