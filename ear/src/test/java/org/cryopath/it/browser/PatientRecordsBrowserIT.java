package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import org.cryopath.it.browser.pages.AdministrationPages;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.PatientPages;
import org.cryopath.it.browser.pages.ReferralListPage;
import org.cryopath.it.browser.pages.RegisterReferralPage;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoAlertPresentException;

/** A patient's record as staff find and follow it: search, timeline, audit, and hostile input shown as text. */
@ExtendWith(ArquillianExtension.class)
class PatientRecordsBrowserIT extends BrowserTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @Test
    void aScriptTypedAsANameIsShownAsTextEverywhereAndInTheEmail() throws Exception {
        String mrn = uniqueMrn("XSS");
        LoginPage.signIn(browser, Staff.FRONT_DESK);

        ReferralListPage list = RegisterReferralPage.open(browser, Server.cryopath("referral/register.xhtml"))
                .patient(mrn, "Bobby", SCRIPT, "1970-01-01", mailboxOf(mrn), "English")
                .referrer("Dr. <b>Bold</b>", "+1 555 010 4400")
                .referral("Bone", "CT", "Routine", false)
                .register();

        assertThat(list.rowFor(mrn)).hasValueSatisfying(row -> assertThat(row).contains(SCRIPT + ", Bobby", "Dr. <b>Bold</b>"));
        assertNoAlert();
        PatientPages search = PatientPages.openSearch(browser, Server.cryopath("patient/search.xhtml"));
        assertThat(search.searchByMrn(mrn)).singleElement().asString().contains(SCRIPT + ", Bobby");
        assertThat(search.openTimelineOf(mrn).patientName()).isEqualTo(SCRIPT + ", Bobby");
        assertNoAlert();

        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() == 1);
        MimeMultipart parts = (MimeMultipart) TestMailServer.messagesTo(mailboxOf(mrn)).get(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(html).contains("Bobby &lt;script&gt;alert(1)&lt;/script&gt;", "Dr. &lt;b&gt;Bold&lt;/b&gt;")
                .doesNotContain(SCRIPT);
    }

    @Test
    void theTimelineShowsTheReferralAndItsEmailWithWhoAndWhen() {
        String mrn = uniqueMrn("TIMELINE");
        LoginPage.signIn(browser, Staff.FRONT_DESK);
        RegisterReferralPage.open(browser, Server.cryopath("referral/register.xhtml"))
                .patient(mrn, "Tilda", "Lineberg", "1955-05-05", mailboxOf(mrn), "Spanish")
                .referrer("Dr. Morgan Lee", "+1 555 010 2200")
                .referral("Lung", "CT", "Urgent", true)
                .register();
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() == 1);

        List<String> events = PatientPages.openSearch(browser, Server.cryopath("patient/search.xhtml"))
                .openTimelineAfterSearch(mrn).events();

        assertThat(events).hasSizeGreaterThanOrEqualTo(4);
        assertThat(events.get(0)).contains("Patient registered", "frontdesk", "mrn: " + mrn);
        assertThat(events.get(1)).contains("Referral received", "frontdesk", "targetOrgan: LUNG", "priority: URGENT");
        assertThat(events).anySatisfy(event -> assertThat(event).contains("Email queued", "E1"));
        assertThat(events).anySatisfy(event -> assertThat(event).contains("Email sent", "E1"));
    }

    @Test
    void theAuditLogShowsWhoRegisteredAReferral() {
        String mrn = uniqueMrn("AUDITWEB");
        LoginPage.signIn(browser, Staff.CLINICIAN);
        RegisterReferralPage.open(browser, Server.cryopath("referral/register.xhtml"))
                .patient(mrn, "Audra", "Trail", "1966-06-06", mailboxOf(mrn), "English")
                .referrer("Dr. Morgan Lee", "+1 555 010 2200")
                .referral("Kidney", "Either", "Routine", false)
                .register();

        LoginPage.signIn(browser, Staff.ADMIN);
        List<String> rows = AdministrationPages.auditRowsFor(browser, Server.cryopath("admin/audit.xhtml"), "clinician");

        assertThat(rows).anySatisfy(row -> assertThat(row).contains("clinician", "referral.registered", mrn));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("clinician", "patient.registered", mrn,
                "familyName: Trail"));
    }

    private static void assertNoAlert() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
