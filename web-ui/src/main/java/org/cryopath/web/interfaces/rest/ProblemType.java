package org.cryopath.web.interfaces.rest;

import java.net.URI;

/**
 * The problems the API reports, each with its RFC 9457 type URI and HTTP status. Problems with no meaning beyond
 * their HTTP status are {@code about:blank}; CryoPath's own types are tag URIs: they identify, and are not meant to
 * be fetched (the README describes each).
 */
public enum ProblemType {
    MALFORMED_JSON("malformed-json", 400),
    CONTRACT_VIOLATION("contract-violation", 400),
    IDEMPOTENCY_KEY_MISSING("idempotency-key-missing", 400),
    IDEMPOTENCY_KEY_INVALID("idempotency-key-invalid", 400),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    INVALID_INPUT("invalid-input", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    PATIENT_IDENTITY_CONFLICT("patient-identity-conflict", 409),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", 409),
    CONFLICT("conflict", 409),
    BOOKING_CONFLICT("booking-conflict", 409),
    REFERRAL_NOT_FOUND("referral-not-found", 404),
    CASE_NOT_FOUND("case-not-found", 404),
    SESSION_NOT_FOUND("session-not-found", 404);

    static final String PREFIX = "tag:cryopath.example,2026:problem:";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public int status() {
        return status;
    }

    /** The bundle key of the title: {@code api.problem.<slug>.title}. */
    String titleKey() {
        return "api.problem." + slug + ".title";
    }

    String slug() {
        return slug;
    }
}
