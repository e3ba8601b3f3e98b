package org.cryopath.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;
import static org.cryopath.it.support.Referrals.valid;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.TestMailServer;
import org.cryopath.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Triage and preparation on the real EAR: which triage steps the services allow and refuse (and to whom), the plan
 * the default protocol makes for a warfarin and metformin patient under sedation, the email E2 it sends in English
 * and Spanish with real dates, and the acknowledgement link that a GET only shows and a POST records.
 */
@ExtendWith(ArquillianExtension.class)
class TriageAndPreparationIT {

    private static final String CLINICAL = "CLINICAL";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    /** The clinic's zone in the test configuration (the shipped default). */
    private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");
    private static final Pattern LINK = Pattern.compile("(http://\\S+/link/preparation\\.xhtml\\?t=[A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return CryoPathDeployment.realWithProbe();
    }

    @BeforeAll
    static void smtpServer() {
        TestMailServer.get();
    }

    @Test
    void triageMovesAReferralOnlyAlongTheAllowedStepsAndRecordsEachOne() {
        String mrn = uniqueMrn("TRIAGE");
        long referral = register(valid(mrn, "EN").build());

        // Asking needs a question; then the referral waits for the referrer and cannot be accepted meanwhile.
        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/ask", "{\"question\": \"  \"}"), 422,
                "validation.required");
        assertThat(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/ask",
                "{\"question\": \"Please send the latest eGFR.\"}").object().getString("status")).isEqualTo("NEEDS_INFO");
        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/accept", sedationCt(1)), 409,
                "referral.accept.notReceived");
        assertThat(inboxStatusOf(referral)).isEqualTo("NEEDS_INFO");
        assertThat(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/answered", null).object()
                .getString("status")).isEqualTo("RECEIVED");

        // Accepting names the anaesthesia, the guidance and a sensible number of sessions.
        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/accept", sedationCt(0)), 422,
                "validation.plannedSessions");
        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/accept",
                "{\"guidance\": \"CT\", \"plannedSessions\": 1}"), 422, "validation.required");
        Probe.Reply accepted = Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/accept", sedationCt(2));
        assertThat(accepted.status()).isEqualTo(200);
        long treatmentCase = accepted.object().getJsonNumber("caseId").longValue();
        assertThat(Probe.getAs(CLINICAL, "pathway/cases/" + treatmentCase).object().getString("status"))
                .isEqualTo("OPEN");

        // Once accepted, nothing else: not accepted twice, not declined, not asked.
        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/accept", sedationCt(1)), 409,
                "referral.accept.notReceived");
        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/decline", "{\"reason\": \"late\"}"), 409,
                "referral.decline.notReceived");
        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/answered", null), 409,
                "referral.informationReceived.notWaiting");
        assertThat(inboxStatusOf(referral)).isNull();

        // Each step is in the audit trail (and so on the patient's timeline), in order, by the clinician.
        List<String> actions = new ArrayList<>(auditOf(mrn).stream().map(entry -> entry.getString("action")).toList());
        Collections.reverse(actions);
        assertThat(actions).containsSubsequence("referral.registered", "referral.informationRequested",
                "referral.informationReceived", "referral.accepted", "case.opened");
        assertThat(auditOf(mrn).get(0).getString("actor")).isEqualTo("probe-clinical");
    }

    @Test
    void aDeclinedReferralNeedsAReasonAndIsFinal() {
        long referral = register(valid(uniqueMrn("DECLINE"), "EN").build());

        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/decline", "{}"), 422,
                "validation.required");
        assertThat(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/decline",
                "{\"reason\": \"Lesion better treated surgically\"}").object().getString("status")).isEqualTo("DECLINED");
        assertRefused(Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/accept", sedationCt(1)), 409,
                "referral.accept.notReceived");
        assertThat(inboxStatusOf(referral)).isNull();
    }

    @Test
    void onlyCliniciansTriageAndWritePlans() {
        long referral = register(valid(uniqueMrn("ROLES"), "EN").build());

        for (String role : List.of("FRONT_DESK", "ADMIN")) {
            assertThat(Probe.postAs(role, "pathway/triage/" + referral + "/accept", sedationCt(1)).status())
                    .as(role).isEqualTo(403);
            assertThat(Probe.postAs(role, "pathway/triage/" + referral + "/decline", "{\"reason\": \"no\"}").status())
                    .as(role).isEqualTo(403);
        }
        assertThat(Probe.post("pathway/triage/" + referral + "/accept", sedationCt(1)).status()).isEqualTo(403);

        long treatmentCase = Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/accept", sedationCt(1)).object()
                .getJsonNumber("caseId").longValue();
        assertThat(Probe.postAs("FRONT_DESK", "pathway/cases/" + treatmentCase + "/plan", warfarinAndMetformin())
                .status()).isEqualTo(403);
        // The front desk reads the case (to answer a patient's call), but does not write its plan.
        assertThat(Probe.getAs("FRONT_DESK", "pathway/cases/" + treatmentCase).status()).isEqualTo(200);
    }

    @Test
    void aWarfarinAndMetforminPatientUnderSedationGetsTheRightPlanAndEnglishDates() throws Exception {
        String mrn = uniqueMrn("WARFARIN");
        long treatmentCase = acceptedCase(mrn, "EN");

        JsonObject plan = Probe.postAs(CLINICAL, "pathway/cases/" + treatmentCase + "/plan", warfarinAndMetformin())
                .object();

        assertThat(plan.getString("status")).isEqualTo("DRAFT");
        assertThat(plan.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(TriageAndPreparationIT::describe)
                .containsExactly(
                        "MEDICATION warfarin HOLD 5d",
                        "LABS INR 2d",
                        "MEDICATION metformin ADJUST 0d",
                        "FASTING solids 6h",
                        "FASTING clear-fluids 2h",
                        "ARRIVAL 60min",
                        "OTHER",
                        "OTHER",
                        "BRING", "BRING", "BRING");
        LocalDate today = LocalDate.now(CLINIC_ZONE);
        LocalDate earliest = today.plusDays(5);

        JsonObject issued = Probe.postAs(CLINICAL, "pathway/plans/" + plan.getJsonNumber("planId") + "/issue", null)
                .object();

        assertThat(issued.getString("status")).isEqualTo("ISSUED");
        assertThat(LocalDate.parse(issued.getString("earliestStart"))).isEqualTo(earliest);
        assertThat(Probe.getAs(CLINICAL, "pathway/cases/" + treatmentCase).object().getString("status"))
                .isEqualTo("PREPARING");
        String text = preparationEmailText(mrn);
        assertThat(text).contains(
                "Your procedure can take place from "
                        + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(earliest),
                "  - 6 days before your procedure: Stop taking warfarin 5 days before your procedure",
                "  - 2 days before your procedure: Have an INR blood test within 2 days",
                "  - On the day of your procedure: Do not take metformin on the day of your procedure.",
                "  - 6 hours before your appointment: Stop eating solid food 6 hours before your procedure.",
                "  - 2 hours before your appointment: You may drink clear fluids",
                "  - 1 hour before your appointment: Arrive 60 minutes before your appointment",
                "/link/preparation.xhtml?t=");
    }

    @Test
    void aSpanishSpeakingPatientReadsTheDatesInSpanish() throws Exception {
        String mrn = uniqueMrn("ESPANOL");
        long treatmentCase = acceptedCase(mrn, "ES");
        JsonObject plan = Probe.postAs(CLINICAL, "pathway/cases/" + treatmentCase + "/plan", warfarinAndMetformin())
                .object();

        Probe.postAs(CLINICAL, "pathway/plans/" + plan.getJsonNumber("planId") + "/issue", null);

        LocalDate earliest = LocalDate.now(CLINIC_ZONE).plusDays(5);
        MimeMessage mail = preparationEmail(mrn);
        assertThat(mail.getSubject()).isEqualTo("CryoPath Demo Clinic: cómo prepararse para su cita")
                .doesNotContainIgnoringCase("riñón").doesNotContainIgnoringCase("warfarin");
        assertThat(textOf(mail)).contains(
                "El procedimiento puede hacerse a partir del "
                        + DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"))
                                .format(earliest),
                "  - 6 días antes del procedimiento: Deje de tomar warfarina 5 días antes del procedimiento",
                "  - El día del procedimiento: No tome metformina el día del procedimiento.",
                "  - 6 horas antes de la cita: Deje de comer alimentos sólidos 6 horas antes del procedimiento.",
                "  - 1 hora antes de la cita: Llegue 60 minutos antes de su cita");
    }

    @Test
    void aPlanKeepsTheProtocolVersionItCameFromWhenTheProtocolChanges() {
        long firstCase = acceptedCase(uniqueMrn("PROTOCOLA"), "EN");
        JsonObject before = Probe.postAs(CLINICAL, "pathway/cases/" + firstCase + "/plan", warfarinAndMetformin()).object();

        assertThat(Probe.postAs(CLINICAL, "pathway/protocol/versions", "{\"changeNote\": \"clinician\"}").status())
                .as("only an administrator saves the protocol").isEqualTo(403);
        Probe.Reply saved = Probe.postAs("ADMIN", "pathway/protocol/versions", "{\"changeNote\": \"Yearly review\"}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        int newVersion = saved.object().getInt("number");
        assertThat(newVersion).isGreaterThan(before.getInt("protocolVersion"));

        long secondCase = acceptedCase(uniqueMrn("PROTOCOLB"), "EN");
        JsonObject after = Probe.postAs(CLINICAL, "pathway/cases/" + secondCase + "/plan", warfarinAndMetformin()).object();
        assertThat(after.getInt("protocolVersion")).isEqualTo(newVersion);
        assertThat(Probe.getAs(CLINICAL, "pathway/cases/" + firstCase).object().getJsonObject("currentPlan")
                .getInt("protocolVersion")).isEqualTo(before.getInt("protocolVersion"));
    }

    @Test
    void openingTheAcknowledgementLinkChangesNothingWhileConfirmingRecordsIt() throws Exception {
        String mrn = uniqueMrn("ACK");
        long planId = issuedPlan(mrn);
        URI link = URI.create(linkIn(preparationEmailText(mrn)));
        WebSession patient = new WebSession();

        // A mail scanner, or the patient, opens the link: the page shows the instructions and changes nothing.
        for (int opened = 0; opened < 3; opened++) {
            HttpResponse<String> page = patient.get(link);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Hello Grace,", "Stop taking warfarin", "I have read my instructions",
                    "+1 555 010 0100");
        }
        assertThat(Probe.get("pathway/plans/" + planId).object().containsKey("acknowledgedAt")).isFalse();

        // The button's POST records the acknowledgement, once.
        HttpResponse<String> page = patient.get(link);
        HttpResponse<String> confirmed = patient.post(Server.linkPage(), confirmation(link, page.body()));

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Thank you, Grace. We have recorded that you read your instructions.");
        JsonObject stored = Probe.get("pathway/plans/" + planId).object();
        assertThat(stored.getString("acknowledgedAt")).isNotBlank();
        assertThat(auditOf(mrn).get(0).getString("action")).isEqualTo("plan.acknowledged");
        assertThat(auditOf(mrn).get(0).getString("actor")).isEqualTo("patient (link)");

        // Used: opening it again says so, and confirming again records nothing new.
        HttpResponse<String> again = patient.get(link);
        assertThat(again.body()).contains("You already confirmed reading these instructions.");
        assertThat(again.body()).doesNotContain("I have read my instructions");
        assertThat(Probe.get("pathway/plans/" + planId).object().getString("acknowledgedAt"))
                .isEqualTo(stored.getString("acknowledgedAt"));
    }

    @Test
    void anExpiredLinkIsRefusedWithTheClinicsPhoneNumber() throws Exception {
        String mrn = uniqueMrn("EXPIRED");
        long planId = issuedPlan(mrn);
        URI link = URI.create(linkIn(preparationEmailText(mrn)));
        WebSession patient = new WebSession();
        HttpResponse<String> openedInTime = patient.get(link);

        assertThat(Probe.post("pathway/plans/" + planId + "/expire-links", null).object().getInt("expired"))
                .isEqualTo(1);

        HttpResponse<String> page = patient.get(link);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link has expired. Please call us and we will help you.",
                "tel:+1 555 010 0100").doesNotContain("Stop taking warfarin", "Grace");
        // A form opened before it expired does not record anything after.
        HttpResponse<String> late = patient.post(Server.linkPage(), confirmation(link, openedInTime.body()));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("This link has expired.");
        assertThat(Probe.get("pathway/plans/" + planId).object().containsKey("acknowledgedAt")).isFalse();
    }

    @Test
    void unknownAndReplacedLinksGetAFriendlyPageNeverAStackTrace() throws Exception {
        WebSession visitor = new WebSession();
        for (String token : List.of("", "nonsense", "A".repeat(43), "<script>alert(1)</script>", "%00%27--")) {
            HttpResponse<String> page = visitor.get(URI.create(Server.linkPage() + "?t=" + token.replace("<", "%3C")
                    .replace(">", "%3E").replace("(", "%28").replace(")", "%29")));
            assertThat(page.statusCode()).as(token).isEqualTo(404);
            assertThat(page.body()).as(token).contains("We could not find this link", "tel:+1 555 010 0100")
                    .doesNotContain("java.lang.", "at org.", "<script>alert");
        }

        // A change issues a new version: the first email's link then points to the newer instructions.
        String mrn = uniqueMrn("REPLACED");
        long planId = issuedPlan(mrn);
        URI first = URI.create(linkIn(preparationEmailText(mrn)));
        long treatmentCase = caseOf(mrn);
        JsonObject change = Probe.postAs(CLINICAL, "pathway/cases/" + treatmentCase + "/change", null).object();
        assertThat(change.getInt("version")).isEqualTo(2);
        Probe.postAs(CLINICAL, "pathway/plans/" + change.getJsonNumber("planId") + "/issue", null);

        HttpResponse<String> page = visitor.get(first);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("These instructions were replaced by newer ones.");
        assertThat(Probe.get("pathway/plans/" + planId).object().getString("status")).isEqualTo("SUPERSEDED");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static long register(JsonObject referral) {
        Probe.Reply reply = Probe.postAs("FRONT_DESK", "referrals", referral.toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("referralId").longValue();
    }

    private final Map<String, Long> cases = new LinkedHashMap<>();

    /** A diabetic patient's referral, accepted for sedation and CT. */
    private long acceptedCase(String mrn, String language) {
        long referral = register(valid(mrn, language).add("diabetic", true).build());
        Probe.Reply accepted = Probe.postAs(CLINICAL, "pathway/triage/" + referral + "/accept", sedationCt(1));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        long treatmentCase = accepted.object().getJsonNumber("caseId").longValue();
        cases.put(mrn, treatmentCase);
        return treatmentCase;
    }

    private long caseOf(String mrn) {
        return cases.get(mrn);
    }

    /** An English-speaking patient's plan, issued; returns its id. */
    private long issuedPlan(String mrn) {
        long treatmentCase = acceptedCase(mrn, "EN");
        JsonObject plan = Probe.postAs(CLINICAL, "pathway/cases/" + treatmentCase + "/plan", warfarinAndMetformin())
                .object();
        long planId = plan.getJsonNumber("planId").longValue();
        assertThat(Probe.postAs(CLINICAL, "pathway/plans/" + planId + "/issue", null).status()).isEqualTo(200);
        return planId;
    }

    private static String sedationCt(int sessions) {
        return Json.createObjectBuilder().add("anaesthesia", "SEDATION").add("guidance", "CT")
                .add("plannedSessions", sessions).build().toString();
    }

    private static String warfarinAndMetformin() {
        return "{\"medications\": [\"warfarin\", \"metformin\"]}";
    }

    private static void assertRefused(Probe.Reply reply, int status, String key) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        if (status == 422) {
            assertThat(reply.object().getJsonArray("violations").getValuesAs(JsonObject.class))
                    .extracting(v -> v.getString("key")).as(reply.toString()).contains(key);
        } else {
            assertThat(reply.object().getString("key")).isEqualTo(key);
        }
    }

    /** The referral's status in the clinicians' triage inbox; null when it is no longer there. */
    private static String inboxStatusOf(long referral) {
        return Probe.getAs(CLINICAL, "pathway/triage").array().getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("referralId").longValue() == referral)
                .map(item -> item.getString("status"))
                .findFirst().orElse(null);
    }

    /** The patient's audit entries, newest first. */
    private static List<JsonObject> auditOf(String mrn) {
        return Probe.get("staff/audit?mrn=" + mrn).array().getValuesAs(JsonObject.class);
    }

    private static String describe(JsonObject item) {
        String kind = item.getString("kind");
        String code = item.getString("code", "");
        StringBuilder described = new StringBuilder(kind);
        if (!code.isEmpty()) {
            described.append(' ').append(code);
        }
        if (item.containsKey("action")) {
            described.append(' ').append(item.getString("action"));
        }
        if (item.containsKey("daysBefore")) {
            described.append(' ').append(item.getInt("daysBefore")).append('d');
        }
        if (item.containsKey("hoursBefore")) {
            described.append(' ').append(item.getInt("hoursBefore")).append('h');
        }
        if (item.containsKey("minutesBefore")) {
            described.append(' ').append(item.getInt("minutesBefore")).append("min");
        }
        return described.toString();
    }

    private static MimeMessage preparationEmail(String mrn) throws Exception {
        await().atMost(MAIL_WAIT).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() >= 2);
        List<MimeMessage> received = TestMailServer.messagesTo(mailboxOf(mrn));
        assertThat(received).hasSize(2);
        return received.get(1);
    }

    private static String preparationEmailText(String mrn) throws Exception {
        return textOf(preparationEmail(mrn));
    }

    private static String textOf(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String linkIn(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a link in " + text).isTrue();
        return matcher.group(1);
    }

    /** The confirmation form of a link page as the browser submits it. */
    private static Map<String, String> confirmation(URI link, String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("acknowledge", "acknowledge");
        form.put("t", link.getQuery().substring("t=".length()));
        Matcher nonce = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"").matcher(page);
        assertThat(nonce.find()).as("the form's nonce").isTrue();
        form.put("primefaces.nonce", nonce.group(1));
        form.put("acknowledge:confirm", "");
        form.put("jakarta.faces.ViewState", WebSession.viewState(page));
        return form;
    }
}
