package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Operations;
import org.cryopath.it.support.Operations.Health;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Referrals;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.TestPostgresql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL goes away under a running CryoPath and comes back, as in a restart or a failover: readiness says so
 * while it is gone, and afterwards the pool serves fresh connections by itself, with no redeploy and no restart of
 * the server. Referrals registered through the API while the database restarts: every one the API acknowledged
 * (201) is stored once and its patient gets the email E1 (at most twice, under one Message-ID: the outbox's only
 * way of repeating a message); the others were refused with an error, not left hanging.
 */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
class PostgresqlOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @AfterEach
    void databaseBack() {
        TestPostgresql.up();
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsGoneAndUpAgainWithoutHelp() {
        assertThat(Operations.readiness().up()).isTrue();

        TestPostgresql.down();

        await().atMost(WAIT).until(() -> Operations.readiness().status() == 503);
        Health gone = Operations.readiness();
        assertThat(gone.check("database").getString("status")).isEqualTo("DOWN");
        assertThat(gone.data("database", "error")).as("the driver's own words").isNotBlank();
        assertThat(Operations.liveness().up()).as("the process lives on").isTrue();

        TestPostgresql.up();

        await().atMost(WAIT).until(() -> Operations.readiness().up());
        assertThat(Operations.readiness().data("database", "product")).isEqualTo("PostgreSQL");
    }

    @Test
    void aRestartLosesNoAcknowledgedReferralAndNoEmail() throws Exception {
        String prefix = "PGOUT" + Referrals.unique(3);
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> spans = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> running = List.of(clients.submit(() -> register(prefix, answers, acknowledged, stop, spans)),
                clients.submit(() -> register(prefix, answers, acknowledged, stop, spans)));
        long downAt;
        long upAt;
        try {
            await().atMost(WAIT).until(() -> acknowledged.get() >= 10);
            downAt = System.nanoTime();
            TestPostgresql.down();
            Thread.sleep(3000);
            TestPostgresql.up();
            upAt = System.nanoTime();
            int afterRestart = acknowledged.get();
            await().atMost(WAIT).until(() -> acknowledged.get() >= afterRestart + 10);
        } finally {
            stop.set(true);
            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();
        }

        // A request that met the restart either waited for the pool to reconnect and was acknowledged, or was refused:
        // both are fine as long as nothing acknowledged is lost (below).
        assertThat(spans).as("some requests were in flight while PostgreSQL was down")
                .anyMatch(span -> span[0] < upAt && span[1] > downAt);
        Set<String> stored = new TreeSet<>();
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            long referrals = Probe.referralCount(answer.getKey());
            if (answer.getValue() == 201) {
                assertThat(referrals).as("acknowledged referral of " + answer.getKey()).isEqualTo(1);
            } else {
                assertThat(referrals).as("refused referral of " + answer.getKey() + " (" + answer.getValue() + ")")
                        .isLessThanOrEqualTo(1);
            }
            if (referrals == 1) {
                stored.add(answer.getKey());
            }
        }
        String mailboxPrefix = Referrals.mailboxOf(prefix).replace("@example.org", "");
        await().atMost(WAIT).until(() -> TestMailServer.messageIdCounts(mailboxPrefix).size() >= stored.size());
        Map<String, Long> received = TestMailServer.messageIdCounts(mailboxPrefix);
        assertThat(received).as("one Message-ID per stored referral").hasSize(stored.size());
        assertThat(received.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 2L));
        for (String mrn : stored) {
            assertThat(TestMailServer.messagesTo(Referrals.mailboxOf(mrn))).as("E1 to " + mrn).isNotEmpty();
        }
    }

    /** One API client: registers new patients one after the other until told to stop, at most 400 times. */
    private static void register(String prefix, Map<String, Integer> answers, AtomicInteger acknowledged,
            AtomicBoolean stop, List<long[]> spans) {
        for (int i = 0; i < 400 && !stop.get(); i++) {
            String mrn = Referrals.uniqueMrn(prefix);
            long started = System.nanoTime();
            int status;
            try {
                status = Api.register(Staff.FRONT_DESK, Api.newKey(), Api.referral(mrn).build().toString()).status();
            } catch (RuntimeException e) {
                status = 599;
            }
            spans.add(new long[] {started, System.nanoTime()});
            answers.put(mrn, status);
            if (status == 201) {
                acknowledged.incrementAndGet();
            }
        }
    }
}
