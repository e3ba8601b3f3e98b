package org.cryopath.scheduling.application.internal;

import jakarta.ejb.ApplicationException;

/**
 * Another transaction claimed the same idempotency key first (or held it longer than the database waits). The
 * attempt is rolled back; the next attempt finds the other request's result.
 */
@ApplicationException(rollback = true)
class KeyClaimedMeanwhile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    KeyClaimedMeanwhile(Throwable cause) {
        super("Idempotency key claimed by a concurrent request", cause, false, false);
    }
}
