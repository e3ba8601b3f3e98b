package org.cryopath.domain.model.session;

/**
 * What came of a front-desk call about a session's escort. A confirmation or "nobody available" on the phone is
 * recorded on the session's escort as well ({@code STAFF_PHONE}).
 */
public enum EscortCallOutcome {
    NO_ANSWER, LEFT_MESSAGE, CALL_BACK, WRONG_NUMBER, CONFIRMED, UNAVAILABLE
}
