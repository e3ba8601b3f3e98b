package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.cryopath.it.browser.pages.EscortLinkPage;
import org.cryopath.it.browser.pages.EscortWorklistPage;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.PatientPages;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Escorts;
import org.cryopath.it.support.Escorts.Booked;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * In Chromium: a patient names their escort from the link in E3, in a browser of their own with no staff session
 * (wrong fields first, said on the fields, then the answer); the front desk works the escort worklist: logs a call
 * attempt, then confirms the escort the patient gave on the phone, and the patient's timeline shows the steps.
 */
@ExtendWith(ArquillianExtension.class)
class EscortBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @Test
    void aPatientConfirmsTheirEscortInABrowserOfTheirOwn() {
        Booked session = Escorts.book("BRLINK", escortDay(), 10);
        String link = Escorts.linkOfE3(session.id()).toString();
        WebDriver patient = Browser.start();
        try {
            EscortLinkPage page = EscortLinkPage.open(patient, link);
            assertThat(page.heading()).isEqualTo("Who will take you home?");
            assertThat(page.text()).contains("Hello Given", "Your appointment is on");
            assertThat(patient.findElements(By.id("menu"))).as("no staff menu: nobody is signed in").isEmpty();

            page.fill("", "12", "son").confirm();
            assertThat(page.errorOf("escortName")).isEqualTo("This field is required.");
            assertThat(page.errorOf("escortPhone")).startsWith("Enter a phone number of 6 to 15 digits");
            assertThat(page.describesItsError("escortName")).isTrue();
            assertThat(page.valueOf("escortRelationship")).isEqualTo("son");
            assertThat(Escorts.of(session.id()).getString("status")).isEqualTo("REQUESTED");

            page.fill("Omar Haddad", "+1 555 010 7788", "son").confirm();
            assertThat(page.text()).contains("We have noted that Omar Haddad will take you home.");
            assertThat(page.canConfirm()).isFalse();
            assertThat(Escorts.of(session.id()).getString("confirmedBy")).isEqualTo("PATIENT_LINK");

            Accessibility.of(patient).checkNow();
            assertThat(Accessibility.of(patient).takeViolations()).as("the patient's pages (axe-core)").isEmpty();
            assertThat(Browser.javaScriptErrors(patient)).as("the patient's browser console").isEmpty();
        } finally {
            patient.quit();
        }
    }

    @Test
    void theFrontDeskLogsACallThenConfirmsTheEscortByPhone() {
        Booked session = Escorts.book("BRDESK", escortDay(), 10);
        Escorts.escalateAt(session.before(Duration.ofHours(23)));
        LoginPage.signIn(browser, Staff.FRONT_DESK);

        EscortWorklistPage worklist = EscortWorklistPage.fromMenu(browser);
        assertThat(worklist.rowText(session.mrn())).contains("+1 555 014 2002", "Not confirmed", "At risk",
                "Reminder email sent");
        worklist.open(session.mrn());
        assertThat(worklist.opened()).contains("+1 555 014 2002", "No calls yet.");

        worklist.logCall("No answer", "rang ten times");
        assertThat(worklist.globalMessages()).contains("The call is logged.");
        assertThat(worklist.calls()).singleElement().asString().contains("frontdesk", "No answer", "rang ten times");

        worklist.confirmByPhone("Leila Haddad", "", "wife");
        assertThat(worklist.errorOf("phone:escortPhone")).isEqualTo("This field is required.");
        assertThat(Escorts.of(session.id()).getString("status")).isEqualTo("REQUESTED");

        worklist.confirmByPhone("Leila Haddad", "555 010 8899", "wife");
        assertThat(worklist.globalMessages()).contains("The escort is confirmed (by phone)");
        assertThat(worklist.rowFor(session.mrn())).as("off the worklist once confirmed").isEmpty();
        assertThat(Escorts.of(session.id()).getString("recordedBy")).isEqualTo("frontdesk");

        PatientPages.Timeline timeline = PatientPages.openSearch(browser, Server.cryopath("patient/search.xhtml"))
                .openTimelineAfterSearch(session.mrn());
        assertThat(String.join("\n", timeline.events())).contains("Escort requested", "Session added to the escort worklist",
                "Escort at risk", "Patient called about the escort", "Escort confirmed");
    }

    private static LocalDate escortDay() {
        return Escorts.freeDay();
    }
}
