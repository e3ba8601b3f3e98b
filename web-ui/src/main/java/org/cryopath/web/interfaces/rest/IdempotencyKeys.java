package org.cryopath.web.interfaces.rest;

import org.cryopath.scheduling.application.IdempotencyKey;

/** The Idempotency-Key header of the API's POST requests, as every resource checks it. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private IdempotencyKeys() {
    }

    /** The key as sent, without the double quotes of the IETF draft's structured-field form. */
    static String checked(String header) {
        if (header == null || header.isBlank()) {
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_MISSING, "api.problem.idempotency-key-missing.detail");
        }
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (!IdempotencyKey.isWellFormed(key)) {
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_INVALID, "api.problem.idempotency-key-invalid.detail",
                    IdempotencyKey.MAX_LENGTH);
        }
        return key;
    }
}
