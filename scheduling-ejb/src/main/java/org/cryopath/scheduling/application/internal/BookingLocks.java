package org.cryopath.scheduling.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The lock rows a booking takes before it reads and writes sessions (table {@code BOOKING_LOCK}): one per resource and
 * clinic day ({@code room:12:2026-12-07}, {@code clinician:3:2026-12-07}), one per patient ({@code patient:851}: a
 * case's sessions and the interval between them), and one per hour of recovery ({@code recovery:493217}, hours since
 * the epoch). Taking a lock is an update of its row, held to the end of the transaction, in one order for everyone
 * (the patient's first, then the others by key), so two bookings that could collide wait for each other instead of
 * deadlocking, and the second then reads the first one's session; bookings of different resources never meet. A
 * booking takes its patient's lock before it reads the case's sessions, so the count and the interval between them
 * are read under it. Every change of a session's times or status takes its locks, so a booking's reads of the locked
 * resources meet no other transaction's uncommitted session ({@link SessionReads#busyAround} says which sessions each
 * read takes in, and through which index).
 */
final class BookingLocks {

    private static final String PATIENT = "patient:";

    private final SortedSet<String> keys = new TreeSet<>();

    /** The patient's lock alone: taken first, before the case's sessions are read. */
    static BookingLocks ofPatient(long patientId) {
        BookingLocks locks = new BookingLocks();
        locks.keys.add("patient:" + patientId);
        return locks;
    }

    /** The locks a session of these resources and times needs. */
    static BookingLocks of(ZoneId zone, long roomId, long radiologistId, Long anaesthetistId, long patientId,
            Instant start, Instant end, Instant recoveryEnd) {
        BookingLocks locks = new BookingLocks();
        locks.add(zone, roomId, radiologistId, anaesthetistId, patientId, start, end, recoveryEnd);
        return locks;
    }

    /** Adds the locks of another session's resources and times (a reschedule takes the old and the new ones). */
    BookingLocks add(ZoneId zone, long roomId, long radiologistId, Long anaesthetistId, long patientId, Instant start,
            Instant end, Instant recoveryEnd) {
        for (LocalDate day = LocalDate.ofInstant(start, zone); !day.isAfter(LocalDate.ofInstant(recoveryEnd, zone));
                day = day.plusDays(1)) {
            keys.add("room:" + roomId + ":" + day);
            keys.add("clinician:" + radiologistId + ":" + day);
            if (anaesthetistId != null) {
                keys.add("clinician:" + anaesthetistId + ":" + day);
            }
        }
        keys.add(PATIENT + patientId);
        long hours = Duration.ofHours(1).toMillis();
        for (long hour = end.toEpochMilli() / hours; hour * hours < recoveryEnd.toEpochMilli(); hour++) {
            keys.add("recovery:" + hour);
        }
        return this;
    }

    /**
     * Takes every lock, the patient's first and then in key order: an update of its row, or the row's creation on first
     * use (a creation that races with another fails on the primary key, and the booking is tried again by
     * {@link ConflictRetry}). The lock rows are no entity's: their statements do not make EclipseLink write the
     * transaction's pending changes first ({@link FlushModeType#COMMIT}), which it would otherwise do for each one,
     * comparing every entity the transaction holds with its original each time.
     */
    void take(EntityManager em) {
        List<String> ordered = new ArrayList<>(keys.stream().filter(key -> key.startsWith(PATIENT)).toList());
        keys.stream().filter(key -> !key.startsWith(PATIENT)).forEach(ordered::add);
        for (String key : ordered) {
            int updated = em.createNativeQuery("UPDATE BOOKING_LOCK SET TAKEN = TAKEN + 1 WHERE LOCK_KEY = ?")
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter(1, key)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO BOOKING_LOCK (LOCK_KEY, TAKEN) VALUES (?, 1)")
                        .setFlushMode(FlushModeType.COMMIT)
                        .setParameter(1, key)
                        .executeUpdate();
            }
        }
    }

    SortedSet<String> keys() {
        return keys;
    }
}
