package org.cryopath.domain.model.link;

/** What a patient finds behind a link. */
public enum LinkState {
    /** The link works: the page shows what it is about, and its action can be taken. */
    VALID,
    /** The action was taken already; a link for an action works once. */
    USED,
    /** Too old. */
    EXPIRED,
    /** What it was about no longer applies (for instance a plan replaced by a newer version). */
    WITHDRAWN,
    /** No such link (mistyped, or never issued). */
    UNKNOWN
}
