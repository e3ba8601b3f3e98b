package org.cryopath.domain.model.preparation;

/** {@code DRAFT -> ISSUED -> SUPERSEDED}: a draft is edited by clinicians, an issued plan went to the patient. */
public enum PlanStatus {
    DRAFT, ISSUED, SUPERSEDED
}
