package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.Shell;
import org.cryopath.it.browser.pages.TodayBoardPage;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Who gets in, what each role sees, and how a session ends: in Chromium, on the real EAR. */
@ExtendWith(ArquillianExtension.class)
class StaffAccessBrowserIT extends BrowserTest {

    private static final List<String> PATHWAY_MENU = List.of("navToday", "navFlow", "navSessions", "navEscorts",
            "navFollowUp", "navReferrals", "navRegisterReferral", "navPatients", "navOutbox");
    private static final List<String> CLINICAL_MENU = List.of("navToday", "navTriage", "navFlow", "navSessions",
            "navEscorts", "navFollowUp", "navReferrals", "navRegisterReferral", "navPatients", "navOutbox");
    private static final List<String> ADMIN_MENU = List.of("navUsers", "navProtocol", "navCalendar", "navAudit");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "index.xhtml", "today/board.xhtml", "referral/list.xhtml", "referral/register.xhtml",
            "patient/search.xhtml", "patient/timeline.xhtml?patient=1", "outbox/monitor.xhtml", "triage/inbox.xhtml",
            "preparation/plan.xhtml?case=1", "admin/users.xhtml", "admin/protocol.xhtml", "admin/calendar.xhtml",
            "admin/audit.xhtml"})
    void everyStaffPageSendsAnAnonymousVisitorToTheLoginPage(String page) {
        browser.manage().deleteAllCookies();

        browser.get(Server.cryopath(page).toString());

        assertThat(LoginPage.current(browser).message()).isEmpty();
        assertThat(browser.findElements(By.id("menu"))).as("no menu before signing in").isEmpty();
    }

    @Test
    void theFrontDeskSeesThePathwayMenuAndIsRefusedTriageAndAdministration() {
        Shell shell = LoginPage.signIn(browser, Staff.FRONT_DESK);

        assertThat(shell.signedInAs()).isEqualTo(Staff.FRONT_DESK.displayName());
        assertThat(shell.menu()).containsExactlyElementsOf(PATHWAY_MENU);
        assertRefused("triage/inbox.xhtml");
        assertRefused("admin/users.xhtml");
        assertRefused("admin/protocol.xhtml");
        assertRefused("admin/calendar.xhtml");
        assertRefused("admin/audit.xhtml");
    }

    @Test
    void aClinicianSeesThePathwayMenuWithTriageAndIsRefusedAdministration() {
        Shell shell = LoginPage.signIn(browser, Staff.CLINICIAN);

        assertThat(shell.menu()).containsExactlyElementsOf(CLINICAL_MENU);
        assertRefused("admin/users.xhtml");
        assertRefused("admin/protocol.xhtml");
        assertRefused("admin/calendar.xhtml");
    }

    @Test
    void theAdministratorSeesOnlyAdministrationAndIsRefusedPatientPages() {
        Shell shell = LoginPage.signIn(browser, Staff.ADMIN);

        assertThat(shell.heading()).isEqualTo("Staff accounts");
        assertThat(shell.menu()).containsExactlyElementsOf(ADMIN_MENU);
        assertRefused("today/board.xhtml");
        assertRefused("referral/list.xhtml");
        assertRefused("patient/search.xhtml");
        assertRefused("outbox/monitor.xhtml");
        assertRefused("triage/inbox.xhtml");
        assertRefused("preparation/plan.xhtml?case=1");
    }

    @Test
    void afterSigningInTheRequestedPageOpens() {
        Shell shell = LoginPage.signInFor(browser, Server.cryopath("patient/search.xhtml"), Staff.CLINICIAN);

        assertThat(browser.getCurrentUrl()).contains("/patient/search.xhtml");
        assertThat(shell.heading()).isEqualTo("Patients");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        LoginPage login = LoginPage.open(browser).signInExpectingRefusal(Staff.FRONT_DESK.username(), "not-the-password");

        assertThat(login.message()).isEqualTo("Wrong username or password.");
    }

    @Test
    void signingOutEndsTheSession() {
        LoginPage afterSignOut = LoginPage.signIn(browser, Staff.FRONT_DESK).signOut();

        assertThat(afterSignOut.message()).isEqualTo("You have signed out.");
        browser.get(Server.cryopath("today/board.xhtml").toString());
        LoginPage.current(browser);
    }

    @Test
    void theTodayBoardShowsTheDemoReferralsAndTodaysSessions() {
        LoginPage.signIn(browser, Staff.FRONT_DESK);

        TodayBoardPage board = TodayBoardPage.current(browser);

        assertThat(board.count("toTriage")).isGreaterThanOrEqualTo(5);
        assertThat(board.queueText("toTriage")).contains("referrals waiting for triage", "urgent", "oldest received");
        // Empty, or today's sessions as other tests booked them (BookingBrowserIT checks one's row).
        assertThat(board.sessions()).startsWith("Today's sessions")
                .containsAnyOf("No cryoablation sessions are booked for today.", "Instructions");
    }

    @Test
    void theDashboardSpeaksSpanishOnRequest() {
        Shell english = LoginPage.signIn(browser, Staff.FRONT_DESK);

        Shell spanish = english.switchLanguage("languageEs");
        assertThat(spanish.heading()).isEqualTo("Hoy");
        assertThat(spanish.menuLabels()).containsExactly("Hoy", "Día del procedimiento", "Calendario",
                "Acompañantes", "Seguimiento", "Derivaciones", "Registrar derivación", "Pacientes", "Correo a pacientes");

        assertThat(spanish.switchLanguage("languageEn").heading()).isEqualTo("Today");
    }

    @Test
    void aBoardLeftUntouchedSignsOutAndTheLoginPageSaysWhy() throws InterruptedException {
        LoginPage.signIn(browser, Staff.FRONT_DESK);
        TodayBoardPage.current(browser);

        // The test server's idle timeout is one minute (CRYOPATH_SESSION_TIMEOUT_MINUTES in ear/pom.xml); the board
        // refreshes itself every 30 s, yet an untouched page must still end the session.
        Thread.sleep(Duration.ofSeconds(65).toMillis());

        assertThat(LoginPage.current(browser).message())
                .isEqualTo("You were signed out after a period without activity. Please sign in again.");
        browser.get(Server.cryopath("today/board.xhtml").toString());
        LoginPage.current(browser);
    }

    private static void assertRefused(String page) {
        URI address = Server.cryopath(page);
        browser.get(address.toString());
        assertThat(Shell.of(browser).heading()).as(page).isEqualTo("Not for your role");
        forgetExpectedRefusals();
    }
}
