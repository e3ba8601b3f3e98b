package org.cryopath.scheduling.application;

import org.cryopath.domain.model.idempotency.IdempotentRequest;

/**
 * What makes a request one request however often it is sent: the caller, the key the caller gave it, and a
 * fingerprint of what it asks (SHA-256 in hex of the request as the interface understood it).
 */
public record IdempotencyKey(String caller, String key, String fingerprint) {

    /** The longest key a caller may send. */
    public static final int MAX_LENGTH = IdempotentRequest.KEY_MAX_LENGTH;

    /** 1 to {@link #MAX_LENGTH} characters of {@code A-Z a-z 0-9 - _ . : ~ + / =}. */
    public static boolean isWellFormed(String key) {
        return IdempotentRequest.isWellFormedKey(key);
    }

    /** Redacted fingerprint; the caller and key are no patient data. */
    @Override
    public String toString() {
        return "IdempotencyKey[" + caller + ", " + key + "]";
    }
}
