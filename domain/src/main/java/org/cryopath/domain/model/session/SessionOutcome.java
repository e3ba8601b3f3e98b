package org.cryopath.domain.model.session;

/** How a procedure ended: {@code COMPLETED} as planned, or {@code ABORTED} (with the reason). */
public enum SessionOutcome {
    COMPLETED, ABORTED
}
