package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.ReferralListPage;
import org.cryopath.it.browser.pages.RegisterReferralPage;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.cryopath.it.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The front desk registers a referral in a real Chromium, on the real EAR. */
@ExtendWith(ArquillianExtension.class)
class RegisterReferralBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeEach
    void signInAsFrontDesk() {
        LoginPage.signIn(browser, Staff.FRONT_DESK);
    }

    @Test
    void aRegisteredReferralIsListedAndThePatientReceivesTheEmail() throws Exception {
        String mrn = uniqueMrn("WEB");

        ReferralListPage list = RegisterReferralPage.open(browser, Server.cryopath("referral/register.xhtml"))
                .patient(mrn, "Lucía", "Hernández", "1954-02-19", mailboxOf(mrn), "Spanish")
                .referrer("Dra. Carmen Ruiz", "+1 555 010 3300")
                .referral("Liver", "Ultrasound", "Urgent", false)
                .register();

        assertThat(list.globalMessages()).contains("Referral registered for a new patient");
        assertThat(list.rowFor(mrn)).hasValueSatisfying(row -> assertThat(row)
                .contains("Hernández, Lucía", "Liver", "Urgent", "Received", "Dra. Carmen Ruiz"));
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo(mailboxOf(mrn)).size() == 1);
        MimeMessage mail = TestMailServer.messagesTo(mailboxOf(mrn)).get(0);
        assertThat(mail.getSubject()).contains("hemos recibido su derivación");
    }

    @Test
    void wrongInputIsShownOnItsFieldsAndNothingIsRegistered() {
        String mrn = uniqueMrn("WEBBAD");

        RegisterReferralPage page = RegisterReferralPage.open(browser, Server.cryopath("referral/register.xhtml"))
                .patient(mrn, "Tom", "Baker", "2999-01-01", "tom.baker(at)example.org", "English")
                .referrer("Dr. Morgan Lee", "555")
                .referral("Kidney", "CT", "Routine", true)
                .registerExpectingErrors();

        assertThat(page.isShown()).isTrue();
        assertThat(page.errorOn("patient_email")).contains("Enter an email address");
        assertThat(page.errorOn("patient_dateOfBirth")).contains("cannot be in the future");
        assertThat(page.errorOn("referrer_phone")).contains("6 to 15 digits");
        assertThat(ReferralListPage.open(browser, Server.cryopath("referral/list.xhtml")).rowFor(mrn)).isEmpty();
        assertThat(TestMailServer.messagesTo(mailboxOf(mrn))).isEmpty();
    }

    @Test
    void everyFieldIsNamedByItsVisibleLabelAndAnErrorIsReadWithItsField() {
        RegisterReferralPage page = RegisterReferralPage.open(browser, Server.cryopath("referral/register.xhtml"));

        assertThat(page.accessibleNameOf("patient_mrn")).contains("MRN");
        assertThat(page.accessibleNameOf("patient_dateOfBirth")).contains("Date of birth");
        assertThat(page.accessibleNameOf("patient_preferredLanguage")).as("a select menu").contains("Preferred language");
        assertThat(page.accessibleNameOf("targetOrgan")).as("a select menu").contains("Target organ");
        assertThat(page.accessibleNameOf("referrer_phone")).contains("Phone");

        page.patient("", "Tom", "Baker", "1950-01-01", "tom.baker@example.org", "English")
                .referrer("Dr. Morgan Lee", "+1 555 010 2200")
                .referral("Kidney", "CT", "Routine", false)
                .registerExpectingErrors();

        String messageId = page.describedBy("patient_mrn");
        assertThat(messageId).isNotBlank();
        assertThat(browser.findElement(By.id(messageId)).getText()).contains("required");
    }

    @Test
    void aMissingMrnIsShownAsRequired() {
        RegisterReferralPage page = RegisterReferralPage.open(browser, Server.cryopath("referral/register.xhtml"))
                .patient("", "Tom", "Baker", "1950-01-01", "tom.baker@example.org", "English")
                .referrer("Dr. Morgan Lee", "+1 555 010 2200")
                .referral("Kidney", "CT", "Routine", false)
                .registerExpectingErrors();

        assertThat(page.errorOn("patient_mrn")).contains("required");
    }
}
