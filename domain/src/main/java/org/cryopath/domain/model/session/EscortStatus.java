package org.cryopath.domain.model.session;

/**
 * Where a session's escort stands: {@code REQUESTED -> CONFIRMED | UNAVAILABLE}. Check-in needs {@code CONFIRMED},
 * or a clinician's override with a reason.
 */
public enum EscortStatus {
    REQUESTED, CONFIRMED, UNAVAILABLE
}
