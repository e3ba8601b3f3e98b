package org.cryopath.domain.model.outbox;

/** What a member of staff did to an outbox message from the monitor. */
public enum StaffAction {
    /** Put a failed message back in the queue. */
    RETRIED,
    /** Withdrew a pending or failed message: it will never be sent. */
    CANCELLED
}
