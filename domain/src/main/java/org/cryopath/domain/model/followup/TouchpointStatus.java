package org.cryopath.domain.model.followup;

/** {@code PLANNED -> BOOKED -> DONE}, or {@code CANCELLED} (with a reason) before it is done. */
public enum TouchpointStatus {
    PLANNED, BOOKED, DONE, CANCELLED;

    /** Still to happen: on the worklist, keeping the case open. */
    public boolean isOpen() {
        return this == PLANNED || this == BOOKED;
    }
}
