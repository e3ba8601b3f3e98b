package org.cryopath.notifications.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Builds the iCalendar part (RFC 5545) of a booking email: {@code METHOD:REQUEST} when a session is booked or moved
 * (the same UID, SEQUENCE one higher on every change) and {@code METHOD:CANCEL} when it is cancelled. Times are written
 * in the clinic's zone with its VTIMEZONE embedded, so a calendar in another zone still shows the right moment.
 *
 * <p>The VTIMEZONE is written from the JDK's own zone rules: the offset in force a year before the appointment, then
 * every transition up to a year after it, each as an explicit observance (no RRULE to get wrong). Nothing is looked
 * up on the network, and nothing is registered in the JVM: a library that registers its zones with
 * {@code java.time} (ical4j 4 does) cannot be loaded again when the application is redeployed into a running server.
 */
@ApplicationScoped
public class CalendarInvites {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";

    private static final String PRODUCT = "-//CryoPath//Clinic appointments//EN";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final int FOLD_AT_OCTETS = 75;

    /** An invitation to the appointment, or its update when {@code invite.sequence() > 0}. */
    public String request(CalendarInvite invite) {
        return calendar(invite, REQUEST, "CONFIRMED");
    }

    /** Withdraws the appointment from the patient's calendar; {@code invite} carries the sequence after the last one sent. */
    public String cancel(CalendarInvite invite) {
        return calendar(invite, CANCEL, "CANCELLED");
    }

    private String calendar(CalendarInvite invite, String method, String status) {
        ZoneId zone = invite.zone();
        var ics = new Lines();
        ics.add("BEGIN:VCALENDAR");
        ics.add("PRODID:" + PRODUCT);
        ics.add("VERSION:2.0");
        ics.add("CALSCALE:GREGORIAN");
        ics.add("METHOD:" + method);
        timeZone(ics, zone, invite.start(), invite.end());
        ics.add("BEGIN:VEVENT");
        ics.add("UID:" + text(invite.uid()));
        ics.add("SEQUENCE:" + invite.sequence());
        ics.add("DTSTAMP:" + utc(Instant.now()));
        ics.add("DTSTART;TZID=" + zone.getId() + ":" + local(invite.start(), zone));
        ics.add("DTEND;TZID=" + zone.getId() + ":" + local(invite.end(), zone));
        ics.add("SUMMARY:" + text(invite.summary()));
        if (invite.location() != null && !invite.location().isBlank()) {
            ics.add("LOCATION:" + text(invite.location()));
        }
        ics.add("STATUS:" + status);
        ics.add("CLASS:PRIVATE");
        ics.add("TRANSP:OPAQUE");
        String organizer = "ORGANIZER";
        if (invite.organizerName() != null && !invite.organizerName().isBlank()) {
            organizer += ";CN=" + parameter(invite.organizerName());
        }
        ics.add(organizer + ":" + mailto(invite.organizerEmail()));
        ics.add("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:" + mailto(invite.attendeeEmail()));
        ics.add("END:VEVENT");
        ics.add("END:VCALENDAR");
        return ics.toString();
    }

    /** The zone's observances from a year before {@code start} to a year after {@code end}. */
    private static void timeZone(Lines ics, ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        Instant from = start.minus(366, ChronoUnit.DAYS);
        Instant until = end.plus(366, ChronoUnit.DAYS);
        ics.add("BEGIN:VTIMEZONE");
        ics.add("TZID:" + zone.getId());
        ZoneOffset initial = rules.getOffset(from);
        observance(ics, rules.isDaylightSavings(from), LocalDateTime.ofInstant(from, initial).truncatedTo(
                ChronoUnit.SECONDS), initial, initial);
        for (ZoneOffsetTransition next = rules.nextTransition(from); next != null
                && next.getInstant().isBefore(until); next = rules.nextTransition(next.getInstant())) {
            observance(ics, rules.isDaylightSavings(next.getInstant()), next.getDateTimeBefore(),
                    next.getOffsetBefore(), next.getOffsetAfter());
        }
        ics.add("END:VTIMEZONE");
    }

    private static void observance(Lines ics, boolean daylight, LocalDateTime begins, ZoneOffset before,
            ZoneOffset after) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        ics.add("BEGIN:" + kind);
        ics.add("DTSTART:" + LOCAL.format(begins));
        ics.add("TZOFFSETFROM:" + offset(before));
        ics.add("TZOFFSETTO:" + offset(after));
        ics.add("END:" + kind);
    }

    /** {@code +0100}, {@code -0500}; seconds only when the zone has them (historic offsets). */
    private static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int magnitude = Math.abs(total);
        String hhmm = String.format("%s%02d%02d", total < 0 ? "-" : "+", magnitude / 3600, magnitude / 60 % 60);
        return magnitude % 60 == 0 ? hhmm : hhmm + String.format("%02d", magnitude % 60);
    }

    private static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String utc(Instant instant) {
        return local(instant, ZoneOffset.UTC) + "Z";
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted when it holds a colon, semicolon or comma; it can hold no double quote or control character. */
    static String parameter(String value) {
        String clean = value.replaceAll("[\"\\p{Cntrl}]", "");
        return clean.matches(".*[:;,].*") ? "\"" + clean + "\"" : clean;
    }

    private static String mailto(String address) {
        return "mailto:" + address.replaceAll("[\\p{Cntrl}\\s]", "");
    }

    /** Content lines joined by CRLF, each folded at 75 octets without splitting a character (RFC 5545, 3.1). */
    private static final class Lines {
        private final StringBuilder out = new StringBuilder();

        void add(String line) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + width > FOLD_AT_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += width;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
