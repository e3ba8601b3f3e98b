package org.cryopath.notifications.application.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * A session as the patient needs to know it.
 *
 * @param start when the procedure starts
 * @param arrival when to arrive (before {@code start}: check-in and preparation)
 * @param place where to report, e.g. "Interventional Radiology, 2nd floor, reception B"; the clinic's address is
 *     always shown as well
 */
public record Appointment(Instant start, Instant arrival, String place) {

    public Appointment {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(arrival, "arrival");
        if (arrival.isAfter(start)) {
            throw new IllegalArgumentException("arrival is before the start");
        }
    }
}
