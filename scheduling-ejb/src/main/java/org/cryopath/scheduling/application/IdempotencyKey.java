package org.cryopath.scheduling.application;

/**
 * What makes a request one request however often it is sent: the caller, the key the caller gave it, and a
 * fingerprint of what it asks (SHA-256 in hex of the request as the interface understood it).
 */
public record IdempotencyKey(String caller, String key, String fingerprint) {

    /** Redacted fingerprint; the caller and key are no patient data. */
    @Override
    public String toString() {
        return "IdempotencyKey[" + caller + ", " + key + "]";
    }
}
