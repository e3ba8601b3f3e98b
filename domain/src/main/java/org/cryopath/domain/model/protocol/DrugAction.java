package org.cryopath.domain.model.protocol;

/** What the patient does with a medicine before the procedure. */
public enum DrugAction {
    /** Stop taking it for a number of days before. */
    HOLD,
    /** Take a different dose (for instance half the insulin). */
    ADJUST,
    /** Keep taking it as usual. */
    CONTINUE
}
