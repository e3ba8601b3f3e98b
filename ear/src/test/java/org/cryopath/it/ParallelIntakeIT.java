package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.ServerLog;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registering referrals the way an EHR bridge with many workers does: distinct requests at the same moment, through
 * the REST API and through the referral service. Every one is created, none is refused as a conflict, each patient's
 * E1 is queued once, and the server log shows no deadlock, lock timeout or stack trace. Two requests for the same new
 * MRN at once meet on the MRN's unique key: the loser is tried again inside the server and finds the winner's patient.
 */
@ExtendWith(ArquillianExtension.class)
class ParallelIntakeIT {

    static final int CLIENTS = 16;
    static final int REQUESTS = 80;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @Test
    void sixteenClientsRegisteringDistinctNewPatientsThroughTheApiAreAllCreated() {
        ServerLog log = ServerLog.fromNow();
        List<String> mrns = distinctMrns("PA");

        Run run = ParallelClients.run(CLIENTS, REQUESTS, i -> {
            Api.Reply reply = Api.register(Staff.FRONT_DESK, Api.newKey(), Api.referral(mrns.get(i)).build().toString());
            return new Answer(reply.status(), reply.body());
        });

        assertThat(run.failures(201)).as("every request created its referral: " + run.countByStatus()).isEmpty();
        assertEachPatientsReferralEmailQueuedOnce(mrns);
        assertNoConcurrencyTroubleIn(log);
    }

    @Test
    void sixteenClientsRegisteringDistinctNewPatientsThroughTheServiceAreAllCreated() {
        ServerLog log = ServerLog.fromNow();
        List<String> mrns = distinctMrns("PS");

        Run run = ParallelClients.run(CLIENTS, REQUESTS, i -> {
            Probe.Reply reply = Probe.postAs("FRONT_DESK", "referrals", referralOf(mrns.get(i)).toString());
            return new Answer(reply.status(), String.valueOf(reply.body()));
        });

        assertThat(run.failures(201)).as("every registration succeeded: " + run.countByStatus()).isEmpty();
        assertEachPatientsReferralEmailQueuedOnce(mrns);
        assertNoConcurrencyTroubleIn(log);
    }

    @Test
    void theSameNewPatientRegisteredByEightClientsAtOnceIsOnePatientWithEightReferrals() {
        ServerLog log = ServerLog.fromNow();
        String mrn = "SAME" + unique(6);
        String body = Api.referral(mrn).build().toString();

        Run run = ParallelClients.run(8, 8, i -> {
            Api.Reply reply = Api.register(Staff.FRONT_DESK, Api.newKey(), body);
            return new Answer(reply.status(), reply.body());
        });

        assertThat(run.failures(201)).as("no conflict reached a caller: " + run.countByStatus()).isEmpty();
        assertThat(run.outcomes().stream().filter(o -> o.detail().contains("\"newPatient\":true")).count())
                .as("one of them registered the patient, the others found it").isEqualTo(1);
        assertThat(Probe.get("referrals/patients/count?mrn=" + mrn).object().getInt("count")).isEqualTo(1);
        assertThat(Probe.referralCount(mrn)).isEqualTo(8);
        assertNoConcurrencyTroubleIn(log);
        // A request that lost the race says so in one line, naming its request and attempt, never with a stack trace.
        log.written().lines().filter(line -> line.contains("concurrent change")).forEach(line ->
                assertThat(line).containsPattern("Referral registration \\(API\\): concurrent change.*attempt.*"
                        + "\\(request [0-9a-f-]{36}\\)"));
    }

    /** Distinct MRNs (and, through them, distinct names) no other test uses. */
    private static List<String> distinctMrns(String prefix) {
        String batch = unique(6);
        return ParallelClients.each(REQUESTS, i -> prefix + batch + "-" + i);
    }

    /** A referral for the probe, for a patient whose names are as distinct as the MRN. */
    private static JsonObject referralOf(String mrn) {
        String tag = mrn.replaceAll("[^A-Z0-9]", "");
        return org.cryopath.it.support.Referrals.valid(mrn, "EN")
                .add("patient", Json.createObjectBuilder().add("mrn", mrn).add("givenName", "Given" + tag)
                        .add("familyName", "Family" + tag).add("dateOfBirth", "1960-05-05")
                        .add("email", mailboxOf(mrn)).add("preferredLanguage", "EN"))
                .build();
    }

    private static void assertEachPatientsReferralEmailQueuedOnce(List<String> mrns) {
        for (String mrn : mrns) {
            List<JsonObject> queued = Probe.outboxOf(mrn).getValuesAs(JsonObject.class);
            assertThat(queued).as(mrn).extracting(row -> row.getString("kind")).containsExactly("E1_REFERRAL_RECEIVED");
        }
    }

    private static void assertNoConcurrencyTroubleIn(ServerLog log) {
        String written = log.written();
        assertThat(written).as("server log")
                .doesNotContainIgnoringCase("deadlock")
                .doesNotContain("40001").doesNotContain("40XL1").doesNotContain("40XL2")
                .doesNotContain("A lock could not be obtained")
                .doesNotContain("system exception occurred");
        assertThat(log.stackFrames()).as("stack traces in the server log").isEmpty();
    }
}
