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

    @Test
    void theTimeZoneCarriesTheOffsetsAroundTheAppointment() {
        String ics = unfolded(invites.request(BOOKED));

        // New York leaves daylight saving on 1 November 2026 and enters it on 14 March 2027.
        assertThat(ics).contains("BEGIN:STANDARD\nDTSTART:20261101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500",
                "BEGIN:DAYLIGHT\nDTSTART:20270314T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400");
    }

    @Test
    void anAppointmentOnADaylightSavingDayKeepsItsWallClockTime() {
        // Madrid moves its clocks forward at 02:00 on 29 March 2026; an 08:30 session is 06:30 UTC that day.
        Instant start = Instant.parse("2026-03-29T06:30:00Z");
        CalendarInvite invite = new CalendarInvite("s@x", 0, start, start.plusSeconds(3600), ZoneId.of("Europe/Madrid"),
                "Clinic appointment", null, null, "a@b.c", "d@e.f");

        assertThat(unfolded(invites.request(invite))).contains("DTSTART;TZID=Europe/Madrid:20260329T083000",
                "DTEND;TZID=Europe/Madrid:20260329T093000", "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200");
    }

    @Test
    void aZoneWithoutDaylightSavingHasOneObservance() {
        CalendarInvite invite = new CalendarInvite("s@x", 0, START, START.plusSeconds(3600), ZoneId.of("UTC"),
                "Clinic appointment", null, null, "a@b.c", "d@e.f");

        String ics = unfolded(invites.request(invite));

        assertThat(ics).contains("TZID:UTC", "TZOFFSETFROM:+0000\nTZOFFSETTO:+0000").doesNotContain("BEGIN:DAYLIGHT");
    }

    @Test
    void textAndNamesAreEscapedAndLongLinesFoldedWithoutSplittingACharacter() {
        String street = "Calle de la Enfermería Número Veintitrés; planta 2, puerta \"B\"\nEdificio Norte ".repeat(2);
        CalendarInvite invite = new CalendarInvite("s@x", 0, START, START.plusSeconds(3600), ZoneId.of("UTC"),
                "Cita, clínica", street, "Clínica: Radiología", "a@b.c", "d@e.f");

        String raw = invites.request(invite);

        assertThat(raw.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(raw).doesNotContain("\uFFFD").endsWith("END:VCALENDAR\r\n");
        String ics = unfolded(raw);
        assertThat(ics).contains("SUMMARY:Cita\\, clínica", "planta 2\\, puerta \"B\"\\nEdificio Norte",
                "Veintitrés\\;", "ORGANIZER;CN=\"Clínica: Radiología\":mailto:a@b.c");
    }

    /** iCalendar folds long lines at 75 octets with CRLF and a space; assertions read the logical lines. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n", "\n");
    }
}
