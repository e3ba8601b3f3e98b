package org.cryopath.notifications.infrastructure.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One appointment as a calendar sees it.
 *
 * @param uid stable for the appointment's whole life: the booking, every reschedule and the cancellation share it,
 *     so the patient's calendar moves or removes the one event instead of adding another (e.g.
 *     {@code session-42@cryopath.example}; a reschedule that books a new session keeps the first session's UID)
 * @param sequence 0 when first booked, then one more for every change (reschedule or cancellation)
 * @param start when it starts; shown in {@code zone}
 * @param end when it ends
 * @param zone the clinic's time zone, embedded as a VTIMEZONE so every calendar shows the clinic's wall-clock time
 * @param summary what the event is called: always generic ("Clinic appointment"), never a procedure or an organ
 * @param location where to go (the clinic's address)
 * @param organizerName the clinic's name
 * @param organizerEmail the clinic's sender address
 * @param attendeeEmail the patient's address
 */
public record CalendarInvite(String uid, int sequence, Instant start, Instant end, ZoneId zone, String summary,
        String location, String organizerName, String organizerEmail, String attendeeEmail) {

    public CalendarInvite {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizerEmail, "organizerEmail");
        Objects.requireNonNull(attendeeEmail, "attendeeEmail");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
    }

    /** The same appointment moved to a new time: same UID, next sequence. */
    public CalendarInvite rescheduledTo(Instant newStart, Instant newEnd) {
        return new CalendarInvite(uid, sequence + 1, newStart, newEnd, zone, summary, location, organizerName,
                organizerEmail, attendeeEmail);
    }

    /** The same appointment, one change later: what a cancellation carries. */
    public CalendarInvite nextSequence() {
        return new CalendarInvite(uid, sequence + 1, start, end, zone, summary, location, organizerName,
                organizerEmail, attendeeEmail);
    }
}
