package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.unique;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.cryopath.it.browser.pages.ClinicCalendarPage;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.Shell;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator keeps the clinic calendar in Chromium: a room with its hours, an anaesthetist with time off, a
 * closure, the recovery bays, and a span of hours that closes before it opens. The test database is shared with the
 * other tests and holds the demo clinic: everything this test adds has a name of its own and leaves other tests'
 * bookings alone (a new room or clinician only adds capacity; the closure lies years past any day a booking test
 * picks, and is removed again), and the recovery bays are put back as they were, through the page and, should the
 * test stop half way, through the probe.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicCalendarAdminBrowserIT extends BrowserTest {

    private Integer recoveryBaysToRestore;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeEach
    void signInAsAdministrator() {
        LoginPage.signIn(browser, Staff.ADMIN);
    }

    @AfterEach
    void putTheRecoveryBaysBack() {
        if (recoveryBaysToRestore != null) {
            Probe.postAs("ADMIN", "booking/rules", Json.createObjectBuilder()
                    .add("recoveryBays", recoveryBaysToRestore).build().toString());
            recoveryBaysToRestore = null;
        }
    }

    @Test
    void aRoomWithItsHoursAndAnAnaesthetistWithTimeOffAreAdded() {
        String tag = unique(5);
        String room = "Cryo suite " + tag;
        String anaesthetist = "Dr. Noor Haddad " + tag;
        LocalDate leaveStarts = LocalDate.now(Clinic.ZONE).plusDays(40);

        Shell shell = Shell.of(browser).open("navCalendar");
        assertThat(shell.heading()).isEqualTo("Clinic calendar");
        ClinicCalendarPage calendar = ClinicCalendarPage.current(browser)
                .room(room, "Ultrasound", "20")
                .openingHours("08:00", "12:30")      // Monday
                .openingHours("08:00", "16:00")      // Tuesday, the row after Monday's
                .saveRoom();

        assertThat(calendar.globalMessages()).contains("Room " + room + " saved.");
        assertThat(calendar.roomRow(room)).hasValueSatisfying(row -> assertThat(row)
                .contains("Ultrasound", "20 min", "In use", "Mon 08:00\u201312:30\nTue 08:00\u201316:00"));

        calendar.clinician(anaesthetist, "Anaesthetist")
                .workingHours("07:30", "15:30")
                .timeOff(leaveStarts.toString(), leaveStarts.plusDays(4).toString(), "Course " + tag)
                .saveClinician();

        assertThat(calendar.globalMessages()).contains(anaesthetist + " saved.");
        assertThat(calendar.clinicianRow(anaesthetist)).hasValueSatisfying(row -> assertThat(row)
                .contains("Anaesthetist", "At work", "Mon 07:30\u201315:30", "(Course " + tag + ")",
                        Integer.toString(leaveStarts.getYear())));
    }

    @Test
    void aClosureIsAddedAndRemovedAndTheRecoveryBaysChangeAndGoBack() {
        String reason = "Staff training day " + unique(5);
        // Years past any day a booking test picks (at most 865 days ahead), so no booking test meets it
        LocalDate day = LocalDate.now(Clinic.ZONE).plusDays(1500 + ThreadLocalRandom.current().nextInt(3000));
        ClinicCalendarPage calendar = ClinicCalendarPage.open(browser);

        calendar.closeOn(day.toString(), reason);
        assertThat(calendar.globalMessages()).contains("The clinic is closed on").contains(Integer.toString(day.getYear()));
        assertThat(calendar.closureRow(reason)).isPresent();
        calendar.openAgain(reason);
        assertThat(calendar.globalMessages()).contains("The clinic is open again on");
        assertThat(calendar.closureRow(reason)).isEmpty();

        int bays = Integer.parseInt(calendar.rule("recoveryBays"));
        int changed = bays < 50 ? bays + 1 : bays - 1;
        recoveryBaysToRestore = bays;
        calendar.rule("recoveryBays", Integer.toString(changed)).saveRules();
        assertThat(calendar.globalMessages()).contains("Scheduling rules saved.");
        assertThat(ClinicCalendarPage.open(browser).rule("recoveryBays")).isEqualTo(Integer.toString(changed));

        calendar = ClinicCalendarPage.open(browser).rule("recoveryBays", "0").saveRules();
        assertThat(calendar.errorOn("rules", "recoveryBays")).contains("Enter a number from 1 to 50.");
        assertThat(ClinicCalendarPage.open(browser).rule("recoveryBays")).as("nothing stored")
                .isEqualTo(Integer.toString(changed));

        calendar = ClinicCalendarPage.open(browser).rule("recoveryBays", Integer.toString(bays)).saveRules();
        assertThat(calendar.globalMessages()).contains("Scheduling rules saved.");
        recoveryBaysToRestore = null;
    }

    @Test
    void aSpanThatClosesBeforeItOpensIsRefusedOnItsFieldAndNothingIsStored() {
        String room = "Bad hours " + unique(5);
        ClinicCalendarPage calendar = ClinicCalendarPage.open(browser)
                .room(room, "CT", "30")
                .openingHours("14:00", "09:00")
                .saveRoom();

        assertThat(calendar.errorOn("room", "openingHours:0:closes"))
                .contains("The closing time must be after the opening time.");
        assertThat(calendar.globalMessages()).contains("Opening hours, row 1: The closing time must be after the opening time.");
        assertThat(calendar.accessibleNameOf("room:openingHours:0:closes")).isEqualTo("Until, row 1");
        assertThat(calendar.descriptionOf("room:openingHours:0:closes")).as("the error read with its field")
                .contains("The closing time must be after the opening time.");
        assertThat(ClinicCalendarPage.open(browser).roomRow(room)).isEmpty();

        calendar = ClinicCalendarPage.open(browser)
                .room(room, "CT", "30")
                .openingHours("08:00", "12:00")
                .openingHours("13:00", "17:00")
                .openingHours("16:00", "18:00")     // Wednesday, until its day is changed
                .openingHoursDay(2, "Tuesday")
                .saveRoom();

        assertThat(calendar.errorOnList("room", "openingHours")).contains("Two spans of hours overlap on Tuesday.");
        assertThat(ClinicCalendarPage.open(browser).roomRow(room)).isEmpty();
    }
}
