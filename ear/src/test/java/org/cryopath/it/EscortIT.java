package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Escorts;
import org.cryopath.it.support.Escorts.Booked;
import org.cryopath.it.support.ParallelClients;
import org.cryopath.it.support.ParallelClients.Answer;
import org.cryopath.it.support.ParallelClients.Run;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.ServerLog;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The escort on the real EAR: the patient's link (opening it changes nothing, the form's POST confirms; a wrong field
 * or a used link stores nothing), the front desk's phone confirmation (audited with who called), and the escalation
 * with its clock moved, not waited for: on the worklist 72 hours before, E6 three days before, at risk 24 hours
 * before; two runs at the same moment do each session once, and many patients confirming at once all succeed.
 *
 * <p>Each test books on a day of its own 3 to 8 years ahead, where no other test books and the server's own timer
 * (on the real clock) never looks.
 */
@ExtendWith(ArquillianExtension.class)
class EscortIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @Test
    void openingTheEscortLinkChangesNothingWhileThePostConfirmsOnce() {
        Booked session = Escorts.book("GET", escortDay(), 10);
        URI link = Escorts.linkOfE3(session.id());
        JsonObject before = Escorts.of(session.id());
        WebSession patient = new WebSession();

        // A mail scanner, or the patient, opens the link: the page shows the session and the form, nothing changes.
        for (int opened = 0; opened < 3; opened++) {
            HttpResponse<String> page = patient.get(link);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Who will take you home?", "Confirm my escort", "Nobody can take me home",
                    "+1 555 010 0100");
        }
        JsonObject opened = Escorts.of(session.id());
        assertThat(opened.getString("status")).isEqualTo("REQUESTED");
        assertThat(opened.getJsonNumber("version")).isEqualTo(before.getJsonNumber("version"));
        assertThat(strings(opened.getJsonArray("links"))).containsExactly("VALID");

        // A missing name and a wrong phone: said on their fields, nothing stored, the link still works.
        HttpResponse<String> page = patient.get(link);
        HttpResponse<String> refused = patient.post(Server.cryopath("link/escort.xhtml"),
                form(link, page.body(), "", "12", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(fieldError(refused.body(), "escortNameError")).isEqualTo("This field is required.");
        assertThat(fieldError(refused.body(), "escortPhoneError")).startsWith("Enter a phone number of 6 to 15 digits");
        JsonObject afterRefusal = Escorts.of(session.id());
        assertThat(afterRefusal.getString("status")).isEqualTo("REQUESTED");
        assertThat(afterRefusal.getJsonNumber("version")).isEqualTo(before.getJsonNumber("version"));
        assertThat(strings(afterRefusal.getJsonArray("links"))).containsExactly("VALID");

        // The POST confirms, as the patient's answer through the link.
        HttpResponse<String> confirmed = patient.post(Server.cryopath("link/escort.xhtml"),
                form(link, refused.body(), "Ana Ruiz", "+1 555 010 2030", "daughter"));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("We have noted that Ana Ruiz will take you home.");
        JsonObject stored = Escorts.of(session.id());
        assertThat(stored.getString("status")).isEqualTo("CONFIRMED");
        assertThat(stored.getString("name")).isEqualTo("Ana Ruiz");
        assertThat(stored.getString("phone")).isEqualTo("+1 555 010 2030");
        assertThat(stored.getString("relationship")).isEqualTo("daughter");
        assertThat(stored.getString("confirmedBy")).isEqualTo("PATIENT_LINK");
        assertThat(stored.getString("recordedBy")).isEmpty();
        assertThat(strings(stored.getJsonArray("links"))).containsExactly("USED");
        assertThat(actions(stored)).containsExactly("escort.requested", "escort.confirmed");
        assertThat(stored.getJsonArray("audit").getJsonObject(1).getString("actor")).isEqualTo("patient (link)");

        // Used: opening it again says so; a second POST (a form kept open) changes nothing.
        assertThat(patient.get(link).body()).contains("Your escort is already confirmed: Ana Ruiz will take you home.")
                .doesNotContain("Confirm my escort");
        HttpResponse<String> again = patient.post(Server.cryopath("link/escort.xhtml"),
                form(link, page.body(), "Someone Else", "+1 555 010 9999", ""));
        assertThat(again.body()).contains("Your escort is already confirmed: Ana Ruiz");
        assertThat(Escorts.of(session.id()).getString("name")).isEqualTo("Ana Ruiz");
        assertThat(Escorts.of(session.id()).getJsonNumber("version")).isEqualTo(stored.getJsonNumber("version"));

        // A made-up token is not found.
        assertThat(patient.get(URI.create(Server.cryopath("link/escort.xhtml") + "?t=" + "B".repeat(43))).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anExpiredLinkSaysSoAndStoresNothing() {
        Booked session = Escorts.book("EXPIRED", escortDay(), 9);
        URI link = Escorts.linkOfE3(session.id());
        WebSession patient = new WebSession();
        HttpResponse<String> openedInTime = patient.get(link);
        JsonObject before = Escorts.of(session.id());

        assertThat(Probe.post("escort/sessions/" + session.id() + "/expire-links", null).object().getInt("expired"))
                .isEqualTo(1);

        HttpResponse<String> page = patient.get(link);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link has expired.", "tel:+1 555 010 0100")
                .doesNotContain("Confirm my escort");
        // A form opened before it expired stores nothing after.
        HttpResponse<String> late = patient.post(Server.cryopath("link/escort.xhtml"),
                form(link, openedInTime.body(), "Ana Ruiz", "+1 555 010 2030", ""));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This link has expired.");
        JsonObject after = Escorts.of(session.id());
        assertThat(after.getString("status")).isEqualTo("REQUESTED");
        assertThat(after.getJsonNumber("version")).isEqualTo(before.getJsonNumber("version"));
    }

    @Test
    void nobodyAvailableFlagsTheSessionOnTheWorklistAtOnce() {
        Booked session = Escorts.book("NONE", escortDay(), 11);
        URI link = Escorts.linkOfE3(session.id());
        WebSession patient = new WebSession();
        HttpResponse<String> page = patient.get(link);

        Map<String, String> nobody = new LinkedHashMap<>();
        nobody.put("nobody", "nobody");
        nobody.put("t", link.getQuery().substring("t=".length()));
        nobody.put("primefaces.nonce", nonceOf(page.body()));
        nobody.put("nobody:unavailable", "");
        nobody.put("jakarta.faces.ViewState", WebSession.viewState(page.body()));
        HttpResponse<String> answered = patient.post(Server.cryopath("link/escort.xhtml"), nobody);

        assertThat(answered.body()).contains("nobody can take you home yet; our team will call you soon.");
        assertThat(Escorts.of(session.id()).getString("status")).isEqualTo("UNAVAILABLE");
        JsonObject entry = worklistEntry(session.id());
        assertThat(entry.getBoolean("atRisk")).isTrue();
        assertThat(entry.getString("status")).isEqualTo("UNAVAILABLE");
        assertThat(entry.getString("phone")).isEqualTo("+1 555 014 2002");
    }

    @Test
    void theFrontDeskLogsCallsAndConfirmsByPhoneAudited() {
        Booked session = Escorts.book("PHONE", escortDay(), 12);
        Escorts.escalateAt(session.before(Duration.ofHours(48)));
        assertThat(worklistEntry(session.id()).getInt("calls")).isZero();

        Probe.Reply call = Probe.postAs("FRONT_DESK", "escort/sessions/" + session.id() + "/calls",
                "{\"outcome\": \"NO_ANSWER\", \"note\": \"rang 8 times\"}");
        assertThat(call.status()).as(call.toString()).isEqualTo(200);
        assertThat(worklistEntry(session.id()).getInt("calls")).isEqualTo(1);

        Probe.Reply missingPhone = Probe.postAs("FRONT_DESK", "escort/sessions/" + session.id() + "/phone",
                "{\"name\": \"Luis Ortega\"}");
        assertThat(missingPhone.status()).isEqualTo(422);
        assertThat(missingPhone.object().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("escortPhone");
        assertThat(Escorts.of(session.id()).getString("status")).isEqualTo("REQUESTED");
        assertThat(Probe.postAs("ADMIN", "escort/sessions/" + session.id() + "/phone",
                "{\"name\": \"Luis Ortega\", \"phone\": \"555 010 3344\"}").status())
                .as("administrators do not take escort calls").isEqualTo(403);

        Probe.Reply confirmed = Probe.postAs("FRONT_DESK", "escort/sessions/" + session.id() + "/phone",
                "{\"name\": \"Luis Ortega\", \"phone\": \"555 010 3344\", \"relationship\": \"husband\", "
                        + "\"note\": \"called back\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        JsonObject stored = Escorts.of(session.id());
        assertThat(stored.getString("status")).isEqualTo("CONFIRMED");
        assertThat(stored.getString("confirmedBy")).isEqualTo("STAFF_PHONE");
        assertThat(stored.getString("recordedBy")).isEqualTo("probe-front_desk");
        assertThat(stored.getJsonArray("calls").stream().map(JsonObject.class::cast)
                .map(c -> c.getString("outcome") + " by " + c.getString("by")))
                .containsExactly("NO_ANSWER by probe-front_desk", "CONFIRMED by probe-front_desk");
        assertThat(strings(stored.getJsonArray("links"))).as("the links of E3 and E6 no longer work")
                .containsExactly("WITHDRAWN", "WITHDRAWN");
        JsonObject audited = stored.getJsonArray("audit").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("action").equals("escort.confirmed")).findFirst().orElseThrow();
        assertThat(audited.getString("actor")).isEqualTo("probe-front_desk");
        assertThat(audited.getString("after")).contains("STAFF_PHONE", "Luis Ortega");
        assertThat(actions(stored)).containsExactly("escort.requested", "escort.worklist", "escort.called",
                "escort.called", "escort.confirmed");
        assertThat(worklist().stream().map(JsonObject.class::cast).map(e -> e.getJsonNumber("sessionId").longValue()))
                .as("a confirmed escort leaves the worklist").doesNotContain(session.id());
    }

    @Test
    void theEscalationJoinsAt72HoursSendsE6At3DaysAndFlagsAt24HoursOnAMovedClock() {
        LocalDate day = escortDay();
        Booked session = Escorts.book("CLOCK", day, 9);
        Booked confirmed = Escorts.book("CLOCKOK", day, 13);
        Probe.postAs("FRONT_DESK", "escort/sessions/" + confirmed.id() + "/phone",
                "{\"name\": \"Mia Chen\", \"phone\": \"555 010 4455\"}");

        Escorts.escalateAt(session.before(Duration.ofHours(73)));
        assertThat(Escorts.of(session.id()).getBoolean("onWorklist")).as("73 hours before").isFalse();

        Escorts.escalateAt(session.before(Duration.ofHours(71)));
        JsonObject joined = Escorts.of(session.id());
        assertThat(joined.getBoolean("onWorklist")).as("71 hours before").isTrue();
        assertThat(joined.getString("atRiskAt")).isEmpty();
        assertThat(joined.getString("reminderQueuedAt")).isNotEmpty();
        JsonArray e6 = joined.getJsonArray("e6");
        assertThat(e6).hasSize(1);
        assertThat(e6.getJsonObject(0).getString("kind")).isEqualTo("E6_ESCORT_REMINDER");
        assertThat(strings(joined.getJsonArray("links"))).as("E3's link and E6's own").containsExactly("VALID", "VALID");
        assertThat(e6.getJsonObject(0).getString("text")).contains("Who will take you home?");
        assertThat(worklistEntry(session.id()).getBoolean("atRisk")).isFalse();

        // Again and again before 24 hours: nothing new.
        Escorts.escalateAt(session.before(Duration.ofHours(60)));
        Escorts.escalateAt(session.before(Duration.ofHours(25)));
        assertThat(Escorts.of(session.id()).getJsonArray("e6")).hasSize(1);
        assertThat(Escorts.of(session.id()).getString("atRiskAt")).isEmpty();

        Escorts.escalateAt(session.before(Duration.ofHours(23)));
        JsonObject atRisk = Escorts.of(session.id());
        assertThat(atRisk.getString("atRiskAt")).isNotEmpty();
        assertThat(worklistEntry(session.id()).getBoolean("atRisk")).isTrue();
        assertThat(atRisk.getJsonArray("e6")).hasSize(1);
        assertThat(actions(atRisk)).containsExactly("escort.requested", "escort.worklist", "escort.atRisk");

        // The E6 link works: the patient confirms through it.
        URI e6Link = URI.create(Escorts.linkIn(atRisk.getJsonArray("e6").getJsonObject(0).getString("text")));
        WebSession patient = new WebSession();
        HttpResponse<String> page = patient.get(e6Link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(patient.post(Server.cryopath("link/escort.xhtml"), form(e6Link, page.body(), "Ana Ruiz",
                "+1 555 010 2030", "")).body()).contains("We have noted that Ana Ruiz will take you home.");
        assertThat(worklist().stream().map(JsonObject.class::cast).map(e -> e.getJsonNumber("sessionId").longValue()))
                .doesNotContain(session.id());
        assertThat(strings(Escorts.of(session.id()).getJsonArray("links"))).as("E3's withdrawn, E6's used")
                .containsExactly("WITHDRAWN", "USED");

        // A session whose escort is confirmed is never escalated.
        Escorts.escalateAt(confirmed.before(Duration.ofHours(2)));
        JsonObject untouched = Escorts.of(confirmed.id());
        assertThat(untouched.getBoolean("onWorklist")).isFalse();
        assertThat(untouched.getJsonArray("e6")).isEmpty();
    }

    @Test
    void aRescheduleKeepsAConfirmedEscortAndAsksForItAgain() {
        Booked session = Escorts.book("MOVE", escortDay(), 10);
        Probe.postAs("FRONT_DESK", "escort/sessions/" + session.id() + "/phone",
                "{\"name\": \"Noor Haddad\", \"phone\": \"555 010 5566\", \"relationship\": \"sister\"}");

        Probe.Reply moved = Clinic.reschedule(session.id(), Clinic.placement(Clinic.at(
                session.start().atZone(Clinic.ZONE).toLocalDate(), 14, 0), session.room(), session.radiologist(), null));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        long replacement = moved.object().getJsonNumber("sessionId").longValue();

        JsonObject kept = Escorts.of(replacement);
        assertThat(kept.getString("status")).isEqualTo("CONFIRMED");
        assertThat(kept.getString("name")).isEqualTo("Noor Haddad");
        assertThat(kept.getBoolean("reconfirmation")).isTrue();
        assertThat(actions(kept)).containsExactly("escort.reconfirmationRequested");
        String e4 = Probe.get("booking/sessions/" + replacement + "/mail").array().stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("kind").equals("E4_SESSION_CHANGED")).findFirst().orElseThrow()
                .getString("text");
        assertThat(e4).contains("Please tell us again who will take you home at the new time");
        URI link = URI.create(Escorts.linkIn(e4));

        // Not re-confirmed 71 hours before: on the worklist, to be confirmed again, and E6 goes out.
        Escorts.escalateAt(session.before(Duration.ofHours(71)).plus(Duration.ofHours(4)));
        assertThat(worklistEntry(replacement).getBoolean("reconfirmation")).isTrue();
        assertThat(Escorts.of(replacement).getJsonArray("e6")).hasSize(1);

        WebSession patient = new WebSession();
        HttpResponse<String> page = patient.get(link);
        patient.post(Server.cryopath("link/escort.xhtml"), form(link, page.body(), "Noor Haddad", "555 010 5566", "sister"));
        JsonObject reconfirmed = Escorts.of(replacement);
        assertThat(reconfirmed.getBoolean("reconfirmation")).isFalse();
        assertThat(reconfirmed.getString("confirmedBy")).isEqualTo("PATIENT_LINK");
        assertThat(worklist().stream().map(JsonObject.class::cast).map(e -> e.getJsonNumber("sessionId").longValue()))
                .doesNotContain(replacement);
    }

    @Test
    void twoEscalationRunsAtTheSameMomentDoEachSessionOnce() {
        LocalDate day = escortDay();
        // Four sessions at each of 07:00, 11:00 and 15:00: the four recovery bays suffice.
        List<Booked> sessions = IntStream.range(0, 12).parallel()
                .mapToObj(i -> Escorts.book("RACE" + i, day, 7 + 4 * (i % 3))).toList();
        java.time.Instant at = sessions.stream().map(Booked::start).max(java.util.Comparator.naturalOrder())
                .orElseThrow().minus(Duration.ofHours(23));

        Run run = ParallelClients.run(4, 4, i -> {
            JsonObject report = Escorts.escalateAt(at);
            return new Answer(200, report.toString());
        });

        assertThat(run.countByStatus()).containsExactly(Map.entry(200, 4L));
        for (Booked session : sessions) {
            JsonObject stored = Escorts.of(session.id());
            assertThat(stored.getBoolean("onWorklist")).isTrue();
            assertThat(stored.getString("atRiskAt")).isNotEmpty();
            assertThat(stored.getJsonArray("e6")).as("one E6 for session " + session.id()).hasSize(1);
            assertThat(actions(stored)).as("each step once").containsExactly("escort.requested", "escort.worklist",
                    "escort.atRisk");
            assertThat(strings(stored.getJsonArray("links"))).as("E3's link and one E6 link").hasSize(2);
        }
    }

    @Test
    void manyPatientsConfirmingAtOnceAllSucceed() {
        LocalDate day = escortDay();
        int patients = 12;
        List<Booked> sessions = IntStream.range(0, patients).parallel()
                .mapToObj(i -> Escorts.book("MANY" + i, day, 7 + 4 * (i % 3))).toList();
        List<URI> links = sessions.stream().map(session -> Escorts.linkOfE3(session.id())).toList();
        List<WebSession> browsers = sessions.stream().map(session -> new WebSession()).toList();
        List<String> pages = IntStream.range(0, patients).mapToObj(i -> browsers.get(i).get(links.get(i)).body())
                .toList();

        Run run = ParallelClients.run(patients, patients, i -> {
            HttpResponse<String> answer = browsers.get(i).post(Server.cryopath("link/escort.xhtml"),
                    form(links.get(i), pages.get(i), "Escort " + i, "+1 555 020 " + (1000 + i), "friend"));
            return new Answer(answer.body().contains("will take you home.") ? answer.statusCode() : -answer.statusCode(),
                    "");
        });

        assertThat(run.countByStatus()).as(run.outcomes().toString()).containsExactly(Map.entry(200, (long) patients));
        for (int i = 0; i < patients; i++) {
            JsonObject stored = Escorts.of(sessions.get(i).id());
            assertThat(stored.getString("status")).isEqualTo("CONFIRMED");
            assertThat(stored.getString("name")).isEqualTo("Escort " + i);
        }
    }

    @Test
    void theFrontDeskLogsCallsAndConfirmsManyPatientsByPhoneAtOnce() {
        LocalDate day = escortDay();
        int patients = 12;
        List<Booked> sessions = IntStream.range(0, patients).parallel()
                .mapToObj(i -> Escorts.book("DESK" + i, day, 7 + 4 * (i % 3))).toList();
        Escorts.escalateAt(sessions.get(0).before(Duration.ofHours(48)));
        ServerLog log = ServerLog.fromNow();

        // Each patient at once: one member of the desk logs an unanswered call while another records the escort the
        // patient named when they called back.
        Run run = ParallelClients.run(patients, 2 * patients, i -> {
            Booked session = sessions.get(i / 2);
            Probe.Reply reply = i % 2 == 0
                    ? Probe.postAs("FRONT_DESK", "escort/sessions/" + session.id() + "/calls",
                            "{\"outcome\": \"NO_ANSWER\", \"note\": \"voicemail\"}")
                    : Probe.postAs("FRONT_DESK", "escort/sessions/" + session.id() + "/phone",
                            "{\"name\": \"Desk Escort " + i / 2 + "\", \"phone\": \"555 020 " + (2000 + i / 2)
                                    + "\", \"relationship\": \"son\"}");
            return new Answer(reply.status(), reply.toString());
        });

        assertThat(run.countByStatus()).as(run.outcomes().toString())
                .containsExactly(Map.entry(200, 2L * patients));
        List<Long> onWorklist = worklist().stream().map(JsonObject.class::cast)
                .map(e -> e.getJsonNumber("sessionId").longValue()).toList();
        for (int i = 0; i < patients; i++) {
            JsonObject stored = Escorts.of(sessions.get(i).id());
            assertThat(stored.getString("status")).isEqualTo("CONFIRMED");
            assertThat(stored.getString("name")).isEqualTo("Desk Escort " + i);
            assertThat(stored.getString("confirmedBy")).isEqualTo("STAFF_PHONE");
            assertThat(stored.getJsonArray("calls").stream().map(JsonObject.class::cast)
                    .map(c -> c.getString("outcome"))).as("both calls, once each")
                    .containsExactlyInAnyOrder("NO_ANSWER", "CONFIRMED");
            assertThat(actions(stored)).as("audited once each").containsExactlyInAnyOrder("escort.requested",
                    "escort.worklist", "escort.called", "escort.called", "escort.confirmed");
            assertThat(strings(stored.getJsonArray("links"))).containsOnly("WITHDRAWN");
            assertThat(onWorklist).doesNotContain(sessions.get(i).id());
        }
        log.assertNoLockTroubleNorStackTrace();
    }

    @Test
    void twoPhoneAnswersForOnePatientAtOnceLeaveOneEscortAndItsTrail() {
        Booked session = Escorts.book("TWICE", escortDay(), 10);

        Run run = ParallelClients.run(2, 2, i -> {
            Probe.Reply reply = Probe.postAs("FRONT_DESK", "escort/sessions/" + session.id() + "/phone",
                    "{\"name\": \"Caller " + i + "\", \"phone\": \"555 020 300" + i + "\"}");
            return new Answer(reply.status(), reply.toString());
        });

        // Both answers are recorded one after the other, or the later one is told that the escort changed meanwhile:
        // never a fault, never half of one.
        assertThat(run.outcomes()).allSatisfy(o -> assertThat(o.status() == 200
                || o.status() == 422 && o.detail().contains("conflict.concurrent")).as(o.toString()).isTrue());
        long recorded = run.outcomes().stream().filter(o -> o.status() == 200).count();
        assertThat(recorded).isPositive();
        JsonObject stored = Escorts.of(session.id());
        List<JsonObject> confirmations = stored.getJsonArray("audit").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("action").equals("escort.confirmed")).toList();
        assertThat(confirmations).hasSize((int) recorded);
        assertThat(confirmations.get(confirmations.size() - 1).getString("after"))
                .as("the escort stored is the last one audited").contains(stored.getString("name"));
        assertThat(stored.getJsonArray("calls").stream().map(JsonObject.class::cast).map(c -> c.getString("outcome")))
                .hasSize((int) recorded).containsOnly("CONFIRMED");
    }

    private static LocalDate escortDay() {
        return Escorts.freeDay();
    }

    /** The escort form as the browser submits it. */
    static Map<String, String> form(URI link, String page, String name, String phone, String relationship) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("escort", "escort");
        form.put("t", link.getQuery().substring("t=".length()));
        form.put("primefaces.nonce", nonceOf(page));
        form.put("escort:escortName", name);
        form.put("escort:escortPhone", phone);
        form.put("escort:escortRelationship", relationship);
        form.put("escort:confirm", "");
        form.put("jakarta.faces.ViewState", WebSession.viewState(page));
        return form;
    }

    private static String nonceOf(String page) {
        Matcher nonce = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(page);
        assertThat(nonce.find()).as("the form's nonce").isTrue();
        return nonce.group(1);
    }

    private static String fieldError(String page, String id) {
        Matcher error = Pattern.compile("id=\"escort:" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(error.find()).as("the message " + id + " in " + page).isTrue();
        return error.group(1).strip();
    }

    private static JsonArray worklist() {
        Probe.Reply reply = Probe.getAs("FRONT_DESK", "escort/worklist");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("entries");
    }

    private static JsonObject worklistEntry(long sessionId) {
        return worklist().stream().map(JsonObject.class::cast)
                .filter(entry -> entry.getJsonNumber("sessionId").longValue() == sessionId)
                .findFirst().orElseThrow(() -> new AssertionError("session " + sessionId + " is not on the worklist"));
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(value -> ((JsonString) value).getString()).toList();
    }

    private static List<String> actions(JsonObject stored) {
        return stored.getJsonArray("audit").stream().map(JsonObject.class::cast).map(a -> a.getString("action"))
                .toList();
    }
}
