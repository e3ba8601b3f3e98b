package org.cryopath.scheduling.application.internal;

import org.cryopath.domain.shared.ConcurrentChange;

/**
 * Another transaction claimed the same idempotency key first (or held it longer than the database waits). The
 * attempt is rolled back; the next attempt finds the other request's result.
 */
class KeyClaimedMeanwhile extends ConcurrentChange {

    private static final long serialVersionUID = 1L;

    KeyClaimedMeanwhile(String reason) {
        super("idempotency key claimed meanwhile: " + reason);
    }
}
