package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Operations.metric;
import static org.cryopath.it.support.TestOutbox.countIn;
import static org.cryopath.it.support.TestOutbox.enqueue;
import static org.cryopath.it.support.TestOutbox.message;
import static org.cryopath.it.support.TestOutbox.messages;
import static org.cryopath.it.support.TestOutbox.uniqueTopic;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Operations;
import org.cryopath.it.support.Operations.Health;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Referrals;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What IT watches, on the real EAR: readiness (the database with the expected schema, the SMTP relay, the outbox's
 * backlog), liveness, and the application's metrics, as Payara serves them at the root of the HTTP listener. Readiness
 * goes down when the relay is gone or a migration is pending, and comes back by itself; the metrics count what the
 * dispatcher and the sign-in did. (Readiness with the database gone is shown on PostgreSQL, which the build can stop:
 * {@code PostgresqlOutageIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class HealthAndMetricsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @AfterEach
    void smtpBackToNormal() {
        TestMailServer.startSmtp();
    }

    @Test
    void readinessReportsTheDatabaseItsSchemaAndTheRelay() {
        Health ready = Operations.readiness();

        assertThat(ready.up()).as(ready.toString()).isTrue();
        assertThat(ready.check("database").getString("status")).isEqualTo("UP");
        assertThat(ready.data("database", "product")).isEqualToIgnoringCase(
                System.getProperty("it.database", "derby").equals("derby") ? "Apache Derby" : "PostgreSQL");
        assertThat(ready.data("database", "schemaVersion")).isEqualTo(ready.data("database", "expectedVersion"));
        assertThat(ready.data("database", "pendingMigrations")).isEqualTo("0");
        assertThat(ready.check("smtp").getString("status")).isEqualTo("UP");
        assertThat(ready.data("smtp", "relay")).endsWith(":" + System.getProperty("it.smtpPort"));
        assertThat(ready.check("smtp").getJsonObject("data")).containsKeys("pendingEmails", "oldestDueEmailAgeSeconds");
    }

    @Test
    void livenessIsTheProcessAlone() {
        Health live = Operations.liveness();

        assertThat(live.up()).as(live.toString()).isTrue();
        assertThat(live.check("process").getString("status")).isEqualTo("UP");
        assertThat(Long.parseLong(live.data("process", "uptimeSeconds"))).isPositive();
    }

    @Test
    void readinessGoesDownWhileTheRelayIsGoneAndTheBacklogShowsInTheMetrics() {
        String topic = uniqueTopic("health-smtp");
        double retriedBefore = metric("cryopath_outbox_retried_total");
        TestMailServer.stopSmtp();

        enqueue(messages(topic, 3, 0));

        await().atMost(WAIT).until(() -> !Operations.readiness().up());
        Health down = Operations.readiness();
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.check("smtp").getString("status")).isEqualTo("DOWN");
        assertThat(down.data("smtp", "error")).isNotBlank();
        assertThat(down.check("database").getString("status")).as("the database is fine").isEqualTo("UP");
        assertThat(Operations.liveness().up()).as("liveness does not depend on the relay").isTrue();
        // The messages stay pending and age; the dispatcher's failed attempts are counted as retries.
        await().atMost(WAIT).until(() -> metric("cryopath_outbox_retried_total") >= retriedBefore + 3);
        await().atMost(WAIT).until(() -> Long.parseLong(Operations.readiness().data("smtp", "oldestDueEmailAgeSeconds")) >= 2);
        String metrics = Operations.metrics();
        assertThat(Operations.metric(metrics, "cryopath_outbox_pending")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(3));
        assertThat(Operations.metric(metrics, "cryopath_outbox_oldest_due_age_seconds")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));

        TestMailServer.startSmtp();

        await().atMost(WAIT).until(() -> Operations.readiness().up());
        await().atMost(WAIT).until(() -> countIn(topic, "SENT") == 3);
    }

    @Test
    void theMetricsCountSentAndFailedEmailsAndTheBatchesTimes() {
        String topic = uniqueTopic("health-metrics");
        String before = Operations.metrics();
        double sent = Operations.metric(before, "cryopath_outbox_sent_total").orElseThrow();
        double failed = Operations.metric(before, "cryopath_outbox_failed_total").orElseThrow();

        enqueue(List.of(message(topic, 0, null, 0, false),
                message(topic, 1, null, 0, false),
                message(topic, 2, "reject-" + topic + "@example.org", 0, false)));
        await().atMost(WAIT).until(() -> countIn(topic, "SENT") == 2 && countIn(topic, "FAILED") == 1);

        String after = Operations.metrics();
        assertThat(Operations.metric(after, "cryopath_outbox_sent_total")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(sent + 2));
        assertThat(Operations.metric(after, "cryopath_outbox_failed_total")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(failed + 1));
        assertThat(Operations.metric(after, "cryopath_outbox_failed_waiting")).hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
        assertThat(Operations.metric(after, "cryopath_outbox_batch_duration_seconds_count")).hasValueSatisfying(v -> assertThat(v).isPositive());
    }

    @Test
    void theMetricsCountRefusedSignInsAndLockouts() {
        String username = "metrics" + Referrals.unique(6).toLowerCase();
        Probe.post("staff", Json.createObjectBuilder().add("username", username).add("password", "right-password-2026")
                .add("role", "FRONT_DESK").build().toString());
        String before = Operations.metrics();
        double failures = Operations.metric(before, "cryopath_signin_failures_total").orElseThrow();
        double lockouts = Operations.metric(before, "cryopath_signin_lockouts_total").orElseThrow();

        Staff wrong = new Staff(username, "wrong-password-2026", "Metrics user");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(Api.get(wrong, Api.REFERRALS + "/1").status()).isEqualTo(401);
        }

        String after = Operations.metrics();
        assertThat(Operations.metric(after, "cryopath_signin_failures_total")).hasValue(failures + 5);
        assertThat(Operations.metric(after, "cryopath_signin_lockouts_total")).hasValue(lockouts + 1);
    }

    @Test
    void readinessGoesDownWhileAMigrationOfThisBuildIsNotApplied() {
        String hidden = Probe.post("database/hide-latest-migration", null).object().getString("version");
        try {
            Health pending = Operations.readiness();

            assertThat(pending.status()).as(pending.toString()).isEqualTo(503);
            assertThat(pending.check("database").getString("status")).isEqualTo("DOWN");
            assertThat(pending.data("database", "pendingMigrations")).isEqualTo("1");
            assertThat(pending.data("database", "expectedVersion")).isEqualTo(hidden);
        } finally {
            Probe.post("database/restore-migration?version=" + hidden, null);
        }
        assertThat(Operations.readiness().check("database").getString("status")).isEqualTo("UP");
    }

    @Test
    void noResponseNamesTheServerOrItsJavaVersion() {
        HttpResponse<String> login = Operations.get("cryopath/login.xhtml");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(login.headers().firstValue("Server").orElse("")).doesNotContainIgnoringCase("payara")
                .doesNotContainIgnoringCase("java");
    }
}
