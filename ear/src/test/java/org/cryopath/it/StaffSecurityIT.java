package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;
import static org.cryopath.it.support.Referrals.valid;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryopath.it.support.Api;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Referrals;
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
 * Sign-in, passwords, lockout, audit, protection headers and log hygiene, on the real EAR over plain HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class StaffSecurityIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return CryoPathDeployment.realWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2Hashes() {
        String password = "a-long-test-password-42";
        String username = "hash." + Referrals.unique(6).toLowerCase();
        createUser(username, password, "FRONT_DESK");

        String hash = Probe.get("staff/" + username + "/password-hash").object().getString("hash");

        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(password);
        assertThat(new WebSession().signIn(username, password).statusCode()).isEqualTo(302);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountAndAreAudited() {
        String password = "the-right-password-7";
        String username = "lock." + Referrals.unique(6).toLowerCase();
        createUser(username, password, "CLINICAL");

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> refused = new WebSession().signIn(username, "wrong-password-" + attempt);
            assertThat(refused.statusCode()).as("attempt " + attempt).isEqualTo(200);
        }
        HttpResponse<String> locked = new WebSession().signIn(username, password);

        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(locked.body()).contains("This account is locked for a while");
        assertThat(actions(Probe.get("staff/audit?actor=" + username).array()))
                .containsSubsequence("login.refusedLocked", "login.locked", "login.failed");
    }

    @Test
    void anApiCallThatSignsInEndsARunOfWrongPasswords() {
        String password = "the-right-password-8";
        String username = "api." + Referrals.unique(6).toLowerCase();
        createUser(username, password, "FRONT_DESK");
        Staff system = new Staff(username, password, username);
        Staff mistyped = new Staff(username, "wrong-password", username);

        // Four wrong, one right, four wrong again: never five in a row, so never locked.
        for (int round = 0; round < 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertThat(Api.get(mistyped, Api.REFERRALS + "/1").status()).as("wrong " + attempt).isEqualTo(401);
            }
            assertThat(Api.get(system, Api.REFERRALS + "/999999999").status()).as("round " + round).isEqualTo(404);
        }
        List<String> audited = actions(Probe.get("staff/audit?actor=" + username).array());
        assertThat(audited).doesNotContain("login.locked", "login.refusedLocked");
        assertThat(audited.stream().filter("login.succeeded"::equals).count())
                .as("a call is audited only when it ends a run of wrong passwords").isEqualTo(2);
    }

    @Test
    void aWrongPasswordSaysNothingAboutWhetherTheAccountExists() {
        HttpResponse<String> unknown = new WebSession().signIn("nobody.here", "whatever-password");
        HttpResponse<String> wrong = new WebSession().signIn(Staff.CLINICIAN.username(), "whatever-password");

        assertThat(unknown.body()).contains("Wrong username or password.");
        assertThat(wrong.body()).contains("Wrong username or password.");
    }

    @Test
    void registeringAReferralAuditsThePatientAndTheReferralWithBeforeAndAfter() {
        String mrn = uniqueMrn("AUDIT");
        Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "EN").build().toString());
        String changedEmail = "changed." + mailboxOf(mrn);
        Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "EN").add("patient", Json.createObjectBuilder()
                .add("mrn", mrn).add("givenName", "Grace").add("familyName", "Okafor").add("dateOfBirth", "1961-07-04")
                .add("email", changedEmail).add("preferredLanguage", "EN")).build().toString());

        List<JsonObject> entries = Probe.get("staff/audit?mrn=" + mrn).array().getValuesAs(JsonObject.class);

        assertThat(entries).extracting(e -> e.getString("action")).containsExactly(
                "referral.registered", "patient.contactChanged", "referral.registered", "patient.registered");
        JsonObject changed = entries.get(1);
        assertThat(changed.getString("actor")).as("the signed-in caller").isEqualTo("probe-front_desk");
        assertThat(changed.getString("before")).contains("email: " + mailboxOf(mrn)).doesNotContain("mrn:");
        assertThat(changed.getString("after")).contains("email: " + changedEmail);
        assertThat(entries.get(3).getString("after")).contains("mrn: " + mrn, "familyName: Okafor");
    }

    @Test
    void anIdleSessionEndsOnTheServerAndTheLoginPageSaysWhy() throws InterruptedException {
        WebSession frontDesk = new WebSession();
        assertThat(frontDesk.signIn(Staff.FRONT_DESK.username(), Staff.FRONT_DESK.password()).statusCode()).isEqualTo(302);
        assertThat(frontDesk.get(Server.cryopath("patient/search.xhtml")).statusCode()).isEqualTo(200);

        // One idle minute on the test server (CRYOPATH_SESSION_TIMEOUT_MINUTES in ear/pom.xml), with no browser
        // script to help: the server itself must end the session.
        Thread.sleep(Duration.ofSeconds(65).toMillis());
        HttpResponse<String> afterIdle = frontDesk.get(Server.cryopath("patient/search.xhtml"));

        assertThat(afterIdle.statusCode()).as(mainOf(afterIdle.body())).isEqualTo(302);
        assertThat(afterIdle.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
        assertThat(mainOf(frontDesk.get(Server.cryopath("login.xhtml")).body()))
                .contains("You were signed out after a period without activity.");
    }

    @Test
    void pagesCarryProtectionHeadersAndAStrictHttpOnlySessionCookie() {
        HttpResponse<String> login = new WebSession().get(Server.cryopath("login.xhtml"));

        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'", "object-src 'none'").containsPattern("script-src 'self' 'nonce-[^']+'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void aFormPostedFromElsewhereChangesNothing() {
        WebSession frontDesk = new WebSession();
        assertThat(frontDesk.signIn(Staff.FRONT_DESK.username(), Staff.FRONT_DESK.password()).statusCode()).isEqualTo(302);
        String mrn = uniqueMrn("FORGED");
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("referralForm", "referralForm");
        forged.put("referralForm:patient_mrn", mrn);
        forged.put("referralForm:patient_givenName", "Eve");
        forged.put("referralForm:patient_familyName", "Forger");
        forged.put("referralForm:patient_dateOfBirth_input", "1970-01-01");
        forged.put("referralForm:patient_email", mailboxOf(mrn));
        forged.put("referralForm:patient_preferredLanguage_input", "EN");
        forged.put("referralForm:referrer_name", "Dr. Forger");
        forged.put("referralForm:referrer_phone", "+1 555 010 9999");
        forged.put("referralForm:targetOrgan_input", "KIDNEY");
        forged.put("referralForm:register", "");
        forged.put("jakarta.faces.ViewState", "-1234567890123456789:987654321987654321");

        // A page on another site cannot know the view state of the staff member's form (nor its CSP nonce).
        HttpResponse<String> answer = frontDesk.post(Server.cryopath("referral/register.xhtml"), forged);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/referral/register.xhtml"));
        assertThat(mainOf(frontDesk.get(Server.cryopath("referral/register.xhtml")).body()))
                .contains("This page had expired, so your last action was not carried out.");
        assertThat(Probe.referralCount(mrn)).isZero();
    }

    @Test
    void patientNamesAndMrnsNeverReachTheServerLog() throws IOException {
        String mrn = uniqueMrn("LOGCHECK");
        String family = "Zyxwvutsrq" + mrn.substring(mrn.length() - 4);
        Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "ES").add("patient", Json.createObjectBuilder()
                .add("mrn", mrn).add("givenName", "Quxlogname").add("familyName", family).add("dateOfBirth", "1959-03-03")
                .add("email", mailboxOf(mrn)).add("preferredLanguage", "ES")).build().toString());
        Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "ES").add("patient", Json.createObjectBuilder()
                .add("mrn", mrn).add("givenName", "Someone").add("familyName", "Else").add("dateOfBirth", "1959-03-03")
                .add("email", "not-an-address").add("phone", "call me").add("preferredLanguage", JsonValue.NULL))
                .build().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() == 1);
        Probe.dispatchOutbox();

        String log = Files.readString(Path.of(System.getProperty("it.serverLog")));

        assertThat(log).doesNotContain(mrn).doesNotContain(family).doesNotContain("Quxlogname")
                .doesNotContain(mailboxOf(mrn));
    }

    /** The page's main content: what a reader of a failed assertion needs, without the page's head. */
    private static String mainOf(String html) {
        int start = html.indexOf("<main");
        return start < 0 ? html : html.substring(start, Math.min(html.length(), html.indexOf("</main>", start) + 7));
    }

    private static void createUser(String username, String password, String role) {
        Probe.Reply reply = Probe.post("staff", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("role", role).build().toString());
        assertThat(reply.status()).as("create " + username).isEqualTo(200);
    }

    private static List<String> actions(jakarta.json.JsonArray entries) {
        return entries.getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
    }
}
