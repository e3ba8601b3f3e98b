package org.cryopath.domain.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Who the clinic is to its patients, and where it is: its name and scheduling line as emails show them, its
 * postal address, its time zone (every time is stored in UTC and shown in this zone), and the public address at
 * which patients open their links.
 */
public record ClinicProfile(String name, String schedulingPhone, String address, ZoneId zone, String publicUrl) {

    /** The clinic's calendar date at an instant. */
    public LocalDate dateAt(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The clinic's wall-clock time at an instant. */
    public ZonedDateTime localTime(Instant instant) {
        return instant.atZone(zone);
    }

    /**
     * The instant of a wall-clock time on a clinic day: in the autumn hour that happens twice, its first occurrence;
     * a time in the spring gap does not exist and moves on by the gap (as the clinic's clocks do).
     */
    public Instant instantAt(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** The instant a clinic day begins (midnight in the clinic's zone, whatever a daylight-saving change does that day). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
