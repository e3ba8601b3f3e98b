package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.cryopath.it.browser.pages.BookingPages;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.TodayBoardPage;
import org.cryopath.it.support.Clinic;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff book a case's session in a real Chromium: from the suggested slots (each saying why it is free), then see it
 * on the calendar, move it to another suggested slot and cancel it with a reason; a clinician books a session for
 * today before the preparation's earliest date (with a reason) and finds it on the today board.
 */
@ExtendWith(ArquillianExtension.class)
class BookingBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @Test
    void theFrontDeskBooksASuggestedSlotSeesItOnTheCalendarMovesItAndCancelsIt() {
        String mrn = uniqueMrn("BOOKUI");
        long caseId = Clinic.readyCase(mrn, "SEDATION", 1);
        LoginPage.signIn(browser, Staff.FRONT_DESK);

        BookingPages.Booking booking = BookingPages.openBooking(browser, Server.cryopath("session/book.xhtml?case=" + caseId));
        assertThat(booking.sessions()).isEmpty();
        List<String> slots = booking.findSlots().slots();
        assertThat(slots).isNotEmpty().allSatisfy(slot -> assertThat(slot)
                .contains("is open and free for the session and its turnover", "at work and free", "recovery bays stay free"));

        booking = booking.bookSlot(0);
        assertThat(booking.globalMessages()).as("field errors: %s", booking.fieldErrors()).contains("Session booked for");
        assertThat(booking.caseStatus()).isEqualTo("Scheduled");
        assertThat(booking.sessions()).singleElement().satisfies(row -> assertThat(row).contains("Booked"));
        String room = roomOf(booking.globalMessages());

        BookingPages.Calendar calendar = BookingPages.openCalendar(browser, Server.cryopath("session/calendar.xhtml"))
                .show("Room: " + room);
        String patient = "Booking" + mrn.replaceAll("[^A-Z0-9]", "");
        for (int week = 0; week < 12 && calendar.events().stream().noneMatch(event -> event.contains(patient)); week++) {
            calendar.next();
        }
        assertThat(calendar.open(patient)).contains(room, mrn, "Booked", "Sedation");

        booking = BookingPages.openBooking(browser, Server.cryopath("session/book.xhtml?case=" + caseId)).move(0);
        assertThat(booking.moving()).contains("Moving the session of", room);
        booking = booking.findSlots().bookSlot(1);
        assertThat(booking.globalMessages()).contains("Session moved to");
        assertThat(booking.sessions()).hasSize(2).anySatisfy(row -> assertThat(row).contains("Cancelled", "Rescheduled"))
                .anySatisfy(row -> assertThat(row).contains("Booked"));

        int booked = booking.sessions().indexOf(booking.sessions().stream().filter(row -> row.contains("Booked"))
                .findFirst().orElseThrow());
        booking = booking.cancel(booked, "The patient has a chest infection");
        assertThat(booking.globalMessages()).contains("cancelled. The patient is told.");
        assertThat(booking.sessions()).hasSize(2).allSatisfy(row -> assertThat(row).contains("Cancelled"))
                .anySatisfy(row -> assertThat(row).contains("The patient has a chest infection"));
    }

    @Test
    void aClinicianBooksTodayBeforeTheEarliestDateWithAReasonAndTheTodayBoardListsIt() {
        ZonedDateTime now = ZonedDateTime.now(Clinic.ZONE);
        LocalTime start = now.toLocalTime().plusMinutes(45).withSecond(0).withNano(0);
        start = start.withMinute(start.getMinute() / 15 * 15);
        Assumptions.assumeTrue(now.getHour() < 20 && now.toLocalTime().isBefore(start),
                "a two-hour session and its turnover must fit into today, clinic time, before midnight");
        String mrn = uniqueMrn("TODAYUI");
        String tag = mrn.replaceAll("[^A-Z0-9]", "");
        Clinic.room("Room today " + tag, "CT", "00:00", "23:59");
        Clinic.radiologist("Dr. Today " + tag, "00:00", "23:59");
        long caseId = Clinic.readyCase(mrn, "SEDATION", 1);
        LoginPage.signIn(browser, Staff.CLINICIAN);

        BookingPages.Booking booking = BookingPages.openBooking(browser, Server.cryopath("session/book.xhtml?case=" + caseId));
        LocalDate today = now.toLocalDate();
        booking.pick(today.toString(), "%02d:%02d".formatted(start.getHour(), start.getMinute()), "Room today " + tag + " (CT)",
                "Dr. Today " + tag).overrideEarliestDate("Cancellation slot: the patient is prepared already");
        booking = booking.bookPicked();
        assertThat(booking.globalMessages()).as("field errors: %s", booking.fieldErrors()).contains("Session booked for");
        assertThat(booking.sessions()).singleElement().satisfies(row -> assertThat(row)
                .contains("Room today " + tag, "Dr. Today " + tag, "Booked before the earliest date"));

        browser.get(Server.cryopath("today/board.xhtml").toString());
        String sessions = TodayBoardPage.current(browser).sessions();
        assertThat(sessions).contains("Booking" + tag, mrn, "Room today " + tag, "Sedation", "Instructions not confirmed",
                "Booked before the earliest date");
    }

    /** The room in "Session booked for {day} at {time} in {room}. ..." */
    private static String roomOf(String message) {
        int in = message.indexOf(" in ");
        return message.substring(in + 4, message.indexOf(". ", in));
    }
}
