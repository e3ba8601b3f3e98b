package org.cryopath.notifications.infrastructure.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The invitation a booking email carries, and its updates and cancellation, as calendar clients read them. */
class CalendarInvitesTest {

    private static final Instant START = Instant.parse("2026-12-07T13:30:00Z");
    private static final CalendarInvite BOOKED = new CalendarInvite("session-42@cryopath.example", 0, START,
            START.plusSeconds(7200), ZoneId.of("America/New_York"), "Clinic appointment",
            "1 Example Plaza, Springfield", "Harbour IR", "no-reply@harbour.example", "ana@example.org");

    private final CalendarInvites invites = new CalendarInvites();

    @Test
    void aBookingIsARequestWithSequenceZeroInTheClinicZone() {
        String ics = unfolded(invites.request(BOOKED));

        assertThat(ics).contains("METHOD:REQUEST", "UID:session-42@cryopath.example", "SEQUENCE:0",
                "STATUS:CONFIRMED", "SUMMARY:Clinic appointment", "LOCATION:1 Example Plaza\\, Springfield",
                "DTSTART;TZID=America/New_York:20261207T083000", "DTEND;TZID=America/New_York:20261207T103000",
                "ORGANIZER;CN=Harbour IR:mailto:no-reply@harbour.example", "mailto:ana@example.org",
                "BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:DAYLIGHT", "BEGIN:STANDARD", "END:VTIMEZONE",
                "DTSTAMP:", "VERSION:2.0", "PRODID:");
        assertThat(ics.indexOf("BEGIN:VTIMEZONE")).isLessThan(ics.indexOf("BEGIN:VEVENT"));
    }

    @Test
    void aRescheduleKeepsTheUidAndRaisesTheSequence() {
        CalendarInvite moved = BOOKED.rescheduledTo(START.plusSeconds(86_400), START.plusSeconds(86_400 + 5400));

        String ics = unfolded(invites.request(moved));

        assertThat(ics).contains("METHOD:REQUEST", "UID:session-42@cryopath.example", "SEQUENCE:1",
                "DTSTART;TZID=America/New_York:20261208T083000", "DTEND;TZID=America/New_York:20261208T100000");
    }

    @Test
    void aCancellationIsACancelWithTheNextSequence() {
        CalendarInvite moved = BOOKED.rescheduledTo(START.plusSeconds(86_400), START.plusSeconds(86_400 + 5400));

        String ics = unfolded(invites.cancel(moved.nextSequence()));

        assertThat(ics).contains("METHOD:CANCEL", "UID:session-42@cryopath.example", "SEQUENCE:2",
                "STATUS:CANCELLED", "SUMMARY:Clinic appointment");
    }

    @Test
    void theSummaryIsWhatTheCallerGaveNothingMore() {
        String ics = unfolded(invites.request(BOOKED));

        assertThat(ics).doesNotContainIgnoringCase("kidney").doesNotContainIgnoringCase("ablation")
                .doesNotContain("DESCRIPTION");
    }

    @Test
    void anAppointmentMustEndAfterItStarts() {
        assertThatThrownBy(() -> new CalendarInvite("u", 0, START, START, ZoneId.of("UTC"), "s", null, null, "a@b.c",
                "d@e.f")).isInstanceOf(IllegalArgumentException.class);
    }

    /** iCalendar folds long lines at 75 octets with CRLF and a space; assertions read the logical lines. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n", "\n");
    }
}
