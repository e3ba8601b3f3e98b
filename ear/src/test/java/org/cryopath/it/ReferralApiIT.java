package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API for referral intake on the real EAR, called as another system would: over HTTP, with Basic
 * authentication as a staff account, watching what reaches the SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralApiIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String PROBLEM_JSON = "application/problem+json";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return CryoPathDeployment.realWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    /**
     * The today board's queue counts (one grouped query for the referrals waiting, by status and priority): three new
     * referrals, two of them urgent, raise the triage count by three and the urgent one by two, and leave the referrals
     * waiting for the referrer's answer alone. Read as the front desk reads it, from the page.
     */
    @Test
    void theTodayBoardCountsNewReferralsWaitingForTriageAndTheUrgentOnesAmongThem() {
        WebSession frontDesk = WebSession.signedIn(Staff.FRONT_DESK);
        Map<String, Long> before = boardCounts(frontDesk);

        for (String priority : List.of("URGENT", "ROUTINE", "URGENT")) {
            Api.Reply created = Api.register(Staff.FRONT_DESK, Api.newKey(),
                    Api.referral(uniqueMrn("COUNT")).add("priority", priority).build().toString());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        Map<String, Long> after = boardCounts(frontDesk);
        assertThat(after.get("toTriage") - before.get("toTriage")).isEqualTo(3);
        assertThat(after.get("urgent") - before.get("urgent")).isEqualTo(2);
        assertThat(after.get("waitingForInformation")).isEqualTo(before.get("waitingForInformation"));
    }

    /** The referral queue counts of the today board: to triage, urgent among them, waiting for information. */
    private static Map<String, Long> boardCounts(WebSession session) {
        HttpResponse<String> board = session.get(Server.cryopath("today/board.xhtml"));
        assertThat(board.statusCode()).isEqualTo(200);
        Map<String, Long> counts = new HashMap<>();
        for (String queue : List.of("toTriage", "waitingForInformation")) {
            Matcher count = Pattern.compile("id=\"" + queue + "\"[^>]*>\\s*<span class=\"count\">(\\d+)</span>")
                    .matcher(board.body());
            assertThat(count.find()).as(queue + " on the board").isTrue();
            counts.put(queue, Long.parseLong(count.group(1)));
        }
        Matcher urgent = Pattern.compile("class=\"detail urgent\">(\\d+) urgent<").matcher(board.body());
        counts.put("urgent", urgent.find() ? Long.parseLong(urgent.group(1)) : 0L);
        return counts;
    }

    @Test
    void aReferralIsCreatedReadBackAndThePatientGetsExactlyOneEmail() {
        String mrn = uniqueMrn("API");

        Api.Reply created = Api.register(Staff.FRONT_DESK, Api.newKey(), Api.referral(mrn).build().toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonObject body = created.json();
        long referralId = body.getJsonNumber("referralId").longValue();
        assertThat(created.header("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/cryopath/api/v1/referrals/" + referralId));
        assertThat(created.header("Idempotent-Replayed")).isEmpty();
        assertThat(body.getString("status")).isEqualTo("RECEIVED");
        assertThat(body.getBoolean("newPatient")).isTrue();
        assertThat(body.getJsonArray("lookAlikes")).isEmpty();
        assertThat(body.getString("receivedAt")).endsWith("Z");

        Api.Reply read = Api.get(URI.create(created.header("Location").orElseThrow()), Staff.CLINICIAN);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonObject referral = read.json();
        assertThat(referral.getJsonNumber("referralId").longValue()).isEqualTo(referralId);
        assertThat(referral.getJsonObject("patient").getString("mrn")).isEqualTo(mrn);
        assertThat(referral.getJsonObject("patient").getString("dateOfBirth")).isEqualTo("1958-03-14");
        assertThat(referral.getJsonObject("patient").getString("preferredLanguage")).isEqualTo("en");
        assertThat(referral.getJsonObject("referrer").getString("email")).isEqualTo("referrals@harbour-oncology.example.org");
        assertThat(referral.getString("priority")).isEqualTo("URGENT");
        assertThat(referral.getBoolean("anticoagulated")).isTrue();

        await().atMost(MAIL_WAIT).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() == 1);
        Probe.dispatchOutbox();
        assertThat(TestMailServer.messagesTo(mailboxOf(mrn))).hasSize(1);
        // The audit log names the account the other system signed in with.
        assertThat(Probe.get("staff/audit?mrn=" + mrn).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("actor") + " " + e.getString("action"))
                .containsExactly("frontdesk referral.registered", "frontdesk patient.registered");
    }

    @Test
    void invalidInputIsA422ProblemListingEveryFaultyFieldAndNothingIsStored() {
        String mrn = uniqueMrn("APIBAD");
        String payload = Api.referral(mrn)
                .add("patient", Api.patient(mrn, "Ana", "Ruiz").add("dateOfBirth", "2999-01-01").add("email", "ana(at)example.org"))
                .add("referrer", Json.createObjectBuilder().add("name", "Dr. Lee"))
                .add("anticoagulated", JsonValue.NULL)
                .build().toString();

        Api.Reply refused = Api.register(Staff.FRONT_DESK, Api.newKey(), payload);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
        JsonObject problem = refused.json();
        assertThat(problem.getString("type")).endsWith(":problem:invalid-input");
        assertThat(problem.getString("title")).isEqualTo("Invalid input");
        assertThat(problem.getInt("status")).isEqualTo(422);
        assertThat(problem.getString("detail")).isEqualTo("4 fields need attention: see errors.");
        assertThat(problem.getString("instance")).isEqualTo("/cryopath/api/v1/referrals");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + "=" + e.getString("code"))
                .containsExactlyInAnyOrder("patient.dateOfBirth=validation.dateOfBirth.future",
                        "patient.email=validation.email", "referrer.phone=validation.required",
                        "anticoagulated=validation.required");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("field").equals("patient.email")).singleElement()
                .satisfies(e -> assertThat(e.getString("message")).isEqualTo("Enter an email address like name@example.org."));
        assertThat(Probe.referralCount(mrn)).isZero();
        assertThat(patientCount(mrn)).isZero();
        assertThat(Probe.outboxOf(mrn)).isEmpty();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameReferralCreatesNothingAndSendsNoSecondEmail() {
        String mrn = uniqueMrn("APIRETRY");
        String key = Api.newKey();
        JsonObject payload = Api.referral(mrn).build();
        Api.Reply first = Api.register(Staff.FRONT_DESK, key, payload.toString());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        // The same request again, as a client retrying after a lost answer would send it (formatted differently).
        String reformatted = "{\n  \"diabetic\": false,\n  " + payload.toString().substring(1).replace(",\"diabetic\":false", "");
        Api.Reply retry = Api.register(Staff.FRONT_DESK, key, reformatted);

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(Probe.referralCount(mrn)).isEqualTo(1);
        assertThat(Probe.outboxOf(mrn)).hasSize(1);
        await().atMost(MAIL_WAIT).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() == 1);
        Probe.dispatchOutbox();
        assertThat(TestMailServer.messagesTo(mailboxOf(mrn))).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
        String mrn = uniqueMrn("APIREUSE");
        String key = Api.newKey();
        Api.Reply first = Api.register(Staff.FRONT_DESK, key, Api.referral(mrn).build().toString());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Api.Reply reused = Api.register(Staff.FRONT_DESK, key, Api.referral(mrn).add("targetOrgan", "LIVER").build().toString());

        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith(PROBLEM_JSON);
        assertThat(reused.json().getString("type")).endsWith(":problem:idempotency-key-reused");
        assertThat(Probe.referralCount(mrn)).isEqualTo(1);
        assertThat(Api.get(URI.create(first.header("Location").orElseThrow()), Staff.FRONT_DESK).json()
                .getString("targetOrgan")).isEqualTo("KIDNEY");
    }

    @Test
    void concurrentRetriesWithTheSameKeyCreateOneReferralAndAllGetIt() throws Exception {
        String mrn = uniqueMrn("APIRACE");
        String key = Api.newKey();
        String payload = Api.referral(mrn).build().toString();
        int callers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return Api.register(Staff.FRONT_DESK, key, payload);
                }));
            }
            start.countDown();
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                answers.add(reply.get());
            }

            assertThat(answers).extracting(Api.Reply::status).as(answers.toString())
                    .containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(answers).extracting(a -> a.json().getJsonNumber("referralId").longValue()).as(answers.toString())
                    .containsOnly(answers.get(0).json().getJsonNumber("referralId").longValue());
            assertThat(Probe.referralCount(mrn)).isEqualTo(1);
            assertThat(Probe.outboxOf(mrn)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysAreScopedToTheCallingAccount() {
        String key = Api.newKey();
        String mrnOne = uniqueMrn("APIDESK");
        String mrnTwo = uniqueMrn("APICLIN");

        Api.Reply desk = Api.register(Staff.FRONT_DESK, key, Api.referral(mrnOne).build().toString());
        Api.Reply clinician = Api.register(Staff.CLINICIAN, key, Api.referral(mrnTwo).build().toString());

        assertThat(desk.status()).as(desk.toString()).isEqualTo(201);
        assertThat(clinician.status()).as(clinician.toString()).isEqualTo(201);
        assertThat(clinician.json().getJsonNumber("referralId")).isNotEqualTo(desk.json().getJsonNumber("referralId"));
    }

    @Test
    void anotherPersonUnderAKnownMrnIsA409AndALookAlikeIsReportedNotMerged() {
        String mrn = uniqueMrn("APIMRN");
        Api.Reply first = Api.register(Staff.FRONT_DESK, Api.newKey(), Api.referral(mrn).build().toString());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonObject firstPatient = Api.referral(mrn).build().getJsonObject("patient");

        Api.Reply impostor = Api.register(Staff.FRONT_DESK, Api.newKey(), Api.referral(mrn)
                .add("patient", Api.patient(mrn, "Someone", "Else")).build().toString());
        String otherMrn = uniqueMrn("APITWIN");
        Api.Reply twin = Api.register(Staff.FRONT_DESK, Api.newKey(), Api.referral(otherMrn)
                .add("patient", Api.patient(otherMrn, firstPatient.getString("givenName"), firstPatient.getString("familyName")))
                .build().toString());

        assertThat(impostor.status()).as(impostor.toString()).isEqualTo(409);
        assertThat(impostor.contentType()).startsWith(PROBLEM_JSON);
        assertThat(impostor.json().getString("type")).endsWith(":problem:patient-identity-conflict");
        assertThat(impostor.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("patient.mrn");
        assertThat(Probe.referralCount(mrn)).isEqualTo(1);

        assertThat(twin.status()).as(twin.toString()).isEqualTo(201);
        assertThat(twin.json().getBoolean("newPatient")).isTrue();
        assertThat(twin.json().getJsonArray("lookAlikes").getValuesAs(JsonObject.class)).singleElement().satisfies(l -> {
            assertThat(l.getString("mrn")).isEqualTo(mrn);
            assertThat(l.getJsonNumber("patientId")).isEqualTo(first.json().getJsonNumber("patientId"));
        });
        assertThat(twin.json().getJsonNumber("patientId")).isNotEqualTo(first.json().getJsonNumber("patientId"));
    }

    @Test
    void withoutCredentialsTheAnswerIsA401Problem() {
        Api.Reply post = Api.send(Api.request(Api.REFERRALS, null).header("Content-Type", "application/json")
                .header("Idempotency-Key", Api.newKey()).POST(HttpRequest.BodyPublishers.ofString("{}")));
        Api.Reply get = Api.get(null, Api.REFERRALS + "/1");

        for (Api.Reply reply : List.of(post, get)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
            assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
            assertThat(reply.json().getInt("status")).isEqualTo(401);
            assertThat(reply.json().getString("instance")).startsWith("/cryopath/api/v1/referrals");
        }
    }

    @Test
    void anAdministratorWithoutAFrontDeskOrClinicalRoleGetsA403Problem() {
        String mrn = uniqueMrn("APIADMIN");
        Api.Reply post = Api.register(Staff.ADMIN, Api.newKey(), Api.referral(mrn).build().toString());
        Api.Reply get = Api.get(Staff.ADMIN, Api.REFERRALS + "/1");

        for (Api.Reply reply : List.of(post, get)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
            assertThat(reply.body()).doesNotContain("<html");
            assertThat(reply.json().getString("title")).isEqualTo("Forbidden");
        }
        assertThat(patientCount(mrn)).isZero();
    }

    @Test
    void unknownReferralsMethodsAndMediaTypesAreProblemsToo() {
        Api.Reply unknown = Api.get(Staff.FRONT_DESK, Api.REFERRALS + "/999999999999");
        Api.Reply noSuchPath = Api.get(Staff.FRONT_DESK, "api/v2/referrals");
        Api.Reply delete = Api.send(Api.request(Api.REFERRALS, Staff.FRONT_DESK).DELETE());
        Api.Reply html = Api.send(Api.request(Api.REFERRALS + "/1", Staff.FRONT_DESK).header("Accept", "text/html").GET());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("type")).endsWith(":problem:referral-not-found");
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertThat(html.status()).isEqualTo(406);
        for (Api.Reply reply : List.of(unknown, noSuchPath, delete, html)) {
            assertThat(reply.contentType()).as(reply.toString()).startsWith(PROBLEM_JSON);
            assertThat(reply.json().getInt("status")).isEqualTo(reply.status());
        }
    }

    @Test
    void theOpenApiDocumentIsServedAndDescribesTheEndpoint() {
        // Payara serves MicroProfile OpenAPI at the root of the HTTP listener, not under the web module's context.
        Api.Reply document = Api.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + Server.httpPort() + "/openapi")).header("Accept", "application/json").GET());

        assertThat(document.status()).isEqualTo(200);
        JsonObject openApi = document.json();
        assertThat(openApi.getJsonObject("paths").keySet()).contains("/api/v1/referrals", "/api/v1/referrals/{id}");
        JsonObject post = openApi.getJsonObject("paths").getJsonObject("/api/v1/referrals").getJsonObject("post");
        assertThat(post.getJsonArray("parameters").getValuesAs(JsonObject.class))
                .anySatisfy(p -> assertThat(p.getString("name") + " " + p.getString("in")).isEqualTo("Idempotency-Key header"));
        assertThat(post.getJsonObject("responses").keySet()).contains("200", "201", "400", "401", "403", "409", "413",
                "415", "422", "500");
        assertThat(post.getJsonObject("responses").getJsonObject("422").getJsonObject("content").keySet())
                .containsExactly(PROBLEM_JSON);
        assertThat(openApi.getJsonObject("components").getJsonObject("securitySchemes").toString())
                .contains("\"scheme\":\"basic\"");
        assertThat(openApi.getJsonArray("servers").toString()).contains("/cryopath");
        JsonObject dateOfBirth = openApi.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("ReferralRequestPatient").getJsonObject("properties").getJsonObject("dateOfBirth");
        assertThat(dateOfBirth.getString("type") + " " + dateOfBirth.getString("format")).isEqualTo("string date");
    }

    private static long patientCount(String mrn) {
        return Probe.get("referrals/patients/count?mrn=" + mrn).object().getJsonNumber("count").longValue();
    }
}
