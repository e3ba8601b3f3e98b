package org.cryopath.domain.clinic;

import java.time.Instant;
import java.time.LocalDate;
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
}
