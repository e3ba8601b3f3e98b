package org.cryopath.domain.model.preparation;

/** What kind of instruction a preparation plan item gives. */
public enum PlanItemKind {
    MEDICATION, FASTING, LABS, ARRIVAL, BRING, OTHER
}
