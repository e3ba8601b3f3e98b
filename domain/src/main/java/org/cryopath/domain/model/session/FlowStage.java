package org.cryopath.domain.model.session;

/**
 * Where a patient is on the procedure day, as the flow board shows it: {@code EXPECTED -> CHECKED_IN -> IN_PROCEDURE
 * -> RECOVERY -> DISCHARGED}, or {@code NO_SHOW} / {@code CANCELLED}. Derived from the session's status and its
 * discharge, never stored.
 */
public enum FlowStage {
    EXPECTED, CHECKED_IN, IN_PROCEDURE, RECOVERY, DISCHARGED, NO_SHOW, CANCELLED
}
