package org.cryopath.domain.model.treatment;

/**
 * Where a treatment stands: {@code OPEN -> PREPARING -> SCHEDULED -> TREATED -> IN_FOLLOW_UP -> CLOSED}, or
 * {@code CANCELLED} (with a reason) any time before {@code TREATED}.
 */
public enum CaseStatus {
    OPEN, PREPARING, SCHEDULED, TREATED, IN_FOLLOW_UP, CLOSED, CANCELLED;

    public boolean isBeforeTreatment() {
        return this == OPEN || this == PREPARING || this == SCHEDULED;
    }
}
