package org.cryopath.domain.model.session;

/**
 * Where a session stands: {@code BOOKED -> CHECKED_IN -> IN_PROCEDURE -> COMPLETED}, or {@code CANCELLED} (with a
 * reason; a reschedule cancels and books anew) or {@code NO_SHOW}.
 */
public enum SessionStatus {
    BOOKED, CHECKED_IN, IN_PROCEDURE, COMPLETED, CANCELLED, NO_SHOW;

    /** True while the session holds its room, clinicians and recovery bay (it happened or will happen). */
    public boolean holdsItsResources() {
        return this != CANCELLED && this != NO_SHOW;
    }

    /** The statuses that hold resources, for queries. */
    public static java.util.List<SessionStatus> holdingResources() {
        return java.util.List.of(BOOKED, CHECKED_IN, IN_PROCEDURE, COMPLETED);
    }
}
