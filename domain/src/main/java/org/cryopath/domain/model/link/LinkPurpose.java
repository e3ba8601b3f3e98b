package org.cryopath.domain.model.link;

/** What a patient link lets its holder do. A link serves one purpose only. */
public enum LinkPurpose {
    /** Confirm having read one version of the preparation instructions. */
    ACKNOWLEDGE_PREPARATION,
    /** Name the adult who takes the patient home after one session (or say nobody can). */
    CONFIRM_ESCORT
}
