package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;
import static org.cryopath.it.support.Referrals.valid;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.PatientLinkPage;
import org.cryopath.it.browser.pages.PatientPages;
import org.cryopath.it.browser.pages.PreparationPlanPage;
import org.cryopath.it.browser.pages.ProtocolPage;
import org.cryopath.it.browser.pages.Shell;
import org.cryopath.it.browser.pages.TriageInboxPage;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: a clinician triages a referral and prepares the patient, the patient confirms from the link in the
 * email, and the clinician sees it; the administrator keeps the protocol.
 */
@ExtendWith(ArquillianExtension.class)
class TriageAndPreparationBrowserIT extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/link/preparation\\.xhtml\\?t=[A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @Test
    void aClinicianTriagesAReferralAndIssuesAPlanThatThePatientConfirms() throws Exception {
        String mrn = uniqueMrn("BROWSER");
        register(mrn, "URGENT");
        LoginPage.signIn(browser, Staff.CLINICIAN);

        TriageInboxPage inbox = TriageInboxPage.open(browser);
        assertThat(inbox.rowFor(mrn)).get().asString().contains("Urgent", "Okafor, Grace", "Anticoagulants", "Diabetes",
                "Received");
        PreparationPlanPage plan = inbox.decide(mrn).accept("Sedation", "CT");

        assertThat(plan.globalMessages()).contains("Referral accepted");
        assertThat(plan.header()).contains(mrn, "Sedation", "CT", "Open");
        plan.tick("warfarin", "metformin").generate();
        assertThat(plan.globalMessages()).contains("Plan generated from the protocol");
        assertThat(plan.itemTexts()).anyMatch(text -> text.startsWith("Stop taking warfarin 5 days before"))
                .anyMatch(text -> text.startsWith("Do not take metformin on the day"))
                .contains("Check your blood sugar on the morning of your procedure and bring your meter.");
        LocalDate earliest = LocalDate.now(ZoneId.of("America/New_York")).plusDays(5);
        assertThat(plan.summary()).contains("Version 1 · Draft",
                "Earliest session date (the longest medicine hold): "
                        + DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(earliest),
                "not been reviewed for clinical use");

        plan.removeItem(plan.itemTexts().size() - 1).note("Bring your previous CT images on a disc.").issue();

        assertThat(plan.globalMessages()).contains("Plan issued");
        assertThat(plan.summary()).contains("Version 1 · Issued", "has not yet confirmed reading the instructions");
        assertThat(plan.canEdit()).isFalse();
        long caseId = plan.caseId();

        // The patient opens the link from the email and confirms.
        String link = linkIn(preparationEmailText(mrn));
        browser.manage().deleteAllCookies();
        PatientLinkPage patientPage = PatientLinkPage.open(browser, link);
        assertThat(patientPage.heading()).isEqualTo("Your preparation instructions");
        assertThat(patientPage.text()).contains("Hello Grace,");
        assertThat(patientPage.instructions()).anyMatch(text -> text.startsWith("Stop taking warfarin"))
                .doesNotContain("Loose, comfortable clothes; leave jewellery at home.");
        assertThat(patientPage.help()).contains("+1 555 010 0100");
        assertThat(patientPage.confirm().text())
                .contains("Thank you, Grace. We have recorded that you read your instructions.");
        assertThat(patientPage.canConfirm()).isFalse();

        // Back at the clinic, the plan and the timeline show it.
        LoginPage.signIn(browser, Staff.FRONT_DESK);
        PreparationPlanPage seenByTheFrontDesk = PreparationPlanPage.open(browser, caseId);
        assertThat(seenByTheFrontDesk.summary()).contains("The patient confirmed reading the instructions on");
        assertThat(seenByTheFrontDesk.canEdit()).isFalse();
        assertThat(seenByTheFrontDesk.note()).isEqualTo("Bring your previous CT images on a disc.");
        List<String> events = PatientPages.openSearch(browser, Server.cryopath("patient/search.xhtml"))
                .openTimelineAfterSearch(mrn).events();
        assertThat(String.join("\n", events)).contains("Referral accepted", "Treatment case opened",
                "Preparation plan generated", "Preparation plan issued", "Patient confirmed reading the preparation",
                "E2 · CryoPath Demo Clinic: how to prepare for your appointment");
    }

    @Test
    void aClinicianAsksTheReferrerForInformationAndTakesTheReferralBackWhenItArrives() {
        String mrn = uniqueMrn("ASKINFO");
        register(mrn, "ROUTINE");
        LoginPage.signIn(browser, Staff.CLINICIAN);

        TriageInboxPage inbox = TriageInboxPage.open(browser).decide(mrn).askForInformation("Please send the latest eGFR.");

        assertThat(inbox.globalMessages()).contains("waits for the referrer");
        assertThat(inbox.rowFor(mrn)).get().asString().contains("Needs information", "Please send the latest eGFR.");
        inbox.informationReceived(mrn);
        assertThat(inbox.rowFor(mrn)).get().asString().contains("Received").doesNotContain("Needs information");
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedOnTheField() {
        String mrn = uniqueMrn("NOREASON");
        register(mrn, "ROUTINE");
        LoginPage.signIn(browser, Staff.CLINICIAN);

        TriageInboxPage inbox = TriageInboxPage.open(browser).decide(mrn).decline("");

        assertThat(inbox.dialogMessageFor("reason")).isEqualTo("This field is required.");
        assertThat(inbox.dialogVisible()).isTrue();
        assertThat(inbox.rowFor(mrn)).get().asString().contains("Received");
    }

    @Test
    void anUnknownLinkGetsAFriendlyPageInThePatientsBrowser() {
        browser.manage().deleteAllCookies();

        PatientLinkPage page = PatientLinkPage.open(browser, Server.linkPage() + "?t=not-a-real-token");

        assertThat(page.text()).isEqualTo("We could not find this link. Check that you copied it completely, or call us.");
        assertThat(page.help()).contains("+1 555 010 0100");
        assertThat(page.canConfirm()).isFalse();
        forgetExpectedRefusals(); // the 404 status is logged by the browser
    }

    @Test
    void theAdministratorSavesTheProtocolAsANewVersionAndIsToldWhichRowIsWrong() {
        Shell shell = LoginPage.signIn(browser, Staff.ADMIN);
        ProtocolPage protocol = ProtocolPage.open(browser);
        assertThat(shell.heading()).isEqualTo("Preparation protocol");
        int aspirin = protocol.ruleRow("aspirin");
        String before = protocol.version();

        protocol.ruleField(aspirin, "drugClass", "").save("Try without a code");
        assertThat(protocol.globalMessages()).contains("Medicine rules, row " + (aspirin + 1) + ": This field is required.");
        assertThat(protocol.version()).isEqualTo(before);

        protocol.ruleField(aspirin, "drugClass", "aspirin")
                .ruleField(aspirin, "instructionEn", "Keep taking your low-dose aspirin, unless your cardiologist says otherwise.")
                .save("Aspirin wording agreed with cardiology");
        assertThat(protocol.globalMessages()).containsPattern("Protocol version \\d+ saved\\.");
        assertThat(protocol.history().get(0)).contains("Aspirin wording agreed with cardiology", "admin");
        assertThat(protocol.ruleField(protocol.ruleRow("aspirin"), "instructionEn")).startsWith("Keep taking your low-dose aspirin, unless");
    }

    private static void register(String mrn, String priority) {
        Probe.Reply reply = Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "EN").add("priority", priority).add("diabetic", true)
                .build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static String preparationEmailText(String mrn) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() >= 2);
        MimeMessage mail = TestMailServer.messagesTo(mailboxOf(mrn)).get(1);
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String linkIn(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a link in " + text).isTrue();
        return matcher.group(1);
    }
}
