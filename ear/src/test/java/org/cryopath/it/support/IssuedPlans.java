package org.cryopath.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.valid;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patient whose preparation plan was issued, made through the test probe as a clinician would (referral, accepted
 * for sedation and CT, plan for warfarin and metformin, issued), with the link of the email E2 they received.
 */
public final class IssuedPlans {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/link/preparation\\.xhtml\\?t=[A-Za-z0-9_-]+)");

    private IssuedPlans() {
    }

    /** The case and the link in the patient's email E2. */
    public record IssuedPlan(String mrn, long caseId, String link) {
    }

    /** A patient speaking {@code language} ("EN", "ES"), with a note to them in the plan. */
    public static IssuedPlan forPatient(String mrn, String language) {
        Probe.Reply registered = Probe.postAs("FRONT_DESK", "referrals", valid(mrn, language).add("diabetic", true).build().toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long referral = registered.object().getJsonNumber("referralId").longValue();
        Probe.Reply accepted = Probe.postAs("CLINICAL", "pathway/triage/" + referral + "/accept",
                "{\"anaesthesia\": \"SEDATION\", \"guidance\": \"CT\", \"plannedSessions\": 1}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        long caseId = accepted.object().getJsonNumber("caseId").longValue();
        JsonObject plan = Probe.postAs("CLINICAL", "pathway/cases/" + caseId + "/plan",
                "{\"medications\": [\"warfarin\", \"metformin\"]}").object();
        Probe.Reply issued = Probe.postAs("CLINICAL", "pathway/plans/" + plan.getJsonNumber("planId") + "/issue", null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return new IssuedPlan(mrn, caseId, linkIn(preparationEmailText(mrn)));
    }

    private static String preparationEmailText(String mrn) {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() >= 2);
        try {
            List<MimeMessage> received = TestMailServer.messagesTo(mailboxOf(mrn));
            return (String) ((MimeMultipart) received.get(1).getContent()).getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new AssertionError("The preparation email could not be read", e);
        }
    }

    private static String linkIn(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a link in " + text).isTrue();
        return matcher.group(1);
    }
}
