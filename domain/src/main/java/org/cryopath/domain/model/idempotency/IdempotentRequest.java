package org.cryopath.domain.model.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.referral.ReferralId;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A request a caller sent with an Idempotency-Key, as the clinic remembers it: who sent it, for which operation,
 * under which key, a fingerprint of what it asked, and what it created. A caller's key names one request for good:
 * the same key again with the same fingerprint is a retry and gets the first answer; with another fingerprint it is
 * refused. The row is claimed before the work is done, in the same transaction, so that of two concurrent retries
 * only one can do the work (the database's unique constraint on caller, operation and key decides which).
 */
@Entity
@Table(name = "API_IDEMPOTENCY_KEY")
public class IdempotentRequest {

    /** The operation of the REST API's referral intake. */
    public static final String REGISTER_REFERRAL = "referral.register";
    /** Booking a session through the REST API. */
    public static final String BOOK_SESSION = "session.book";
    /** Cancelling a session through the REST API. */
    public static final String CANCEL_SESSION = "session.cancel";

    public static final int KEY_MAX_LENGTH = 128;
    public static final int CALLER_MAX_LENGTH = 100;
    /** Look-alike patients remembered for the answer to a retry; more than a handful is already a data problem. */
    public static final int MAX_LOOK_ALIKES = 100;

    /** Visible ASCII letters, digits and {@code - _ . : ~ + / =}: UUIDs, ULIDs and base64 all fit. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[A-Za-z0-9._~:+/=-]{1," + KEY_MAX_LENGTH + "}");
    private static final Pattern FINGERPRINT_SHAPE = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotencyIds")
    @SequenceGenerator(name = "idempotencyIds", sequenceName = "API_IDEMPOTENCY_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "CALLER", length = CALLER_MAX_LENGTH)
    private String caller;

    @Column(name = "OPERATION", length = 40)
    private String operation;

    /** Not named {@code key}: KEY is a reserved word of JPQL. */
    @Column(name = "IDEMPOTENCY_KEY", length = KEY_MAX_LENGTH)
    private String idempotencyKey;

    @Column(name = "REQUEST_HASH", length = 64)
    private String fingerprint;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Column(name = "REFERRAL_ID")
    private Long referralId;

    /** The session a booking or cancellation under this key concerns. */
    @Column(name = "SESSION_ID")
    private Long sessionId;

    @Column(name = "NEW_PATIENT")
    private Boolean newPatient;

    @Column(name = "LOOK_ALIKE_IDS", length = 4000)
    private String lookAlikeIds;

    protected IdempotentRequest() {
    }

    private IdempotentRequest(String caller, String operation, String key, String fingerprint, Instant createdAt) {
        this.caller = caller;
        this.operation = operation;
        this.idempotencyKey = key;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    /** Whether {@code key} may be used as an Idempotency-Key: 1 to 128 characters of the allowed set. */
    public static boolean isWellFormedKey(String key) {
        return key != null && KEY_SHAPE.matcher(key).matches();
    }

    /**
     * Claims {@code key} for a request about to be carried out. Persisting the claim fails if the caller used the key
     * before (or is using it right now in another transaction, once that one commits).
     *
     * @param fingerprint SHA-256 of the request as understood, 64 lower-case hex digits
     */
    public static IdempotentRequest claim(String caller, String operation, String key, String fingerprint, Instant at) {
        if (!isWellFormedKey(key)) {
            throw DomainException.invalid("idempotencyKey", "api.idempotencyKey.invalid", KEY_MAX_LENGTH);
        }
        if (fingerprint == null || !FINGERPRINT_SHAPE.matcher(fingerprint).matches()) {
            throw DomainException.invalid("fingerprint", "validation.required");
        }
        return new IdempotentRequest(
                Require.text(caller, "caller", CALLER_MAX_LENGTH),
                Require.text(operation, "operation", 40),
                key,
                fingerprint,
                Require.present(at, "createdAt"));
    }

    /** Whether a request with this fingerprint is the one first sent under the key (a retry) or another one. */
    public boolean isSameRequest(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    /** The request created this referral; a retry is answered with it. */
    public void createdReferral(ReferralId referral, boolean forNewPatient, List<PatientId> lookAlikes) {
        if (referralId != null) {
            throw DomainException.refused("api.idempotencyKey.alreadyUsed");
        }
        this.referralId = Require.present(referral, "referral").value();
        this.newPatient = forNewPatient;
        this.lookAlikeIds = lookAlikes.stream().limit(MAX_LOOK_ALIKES)
                .map(patient -> Long.toString(patient.value()))
                .collect(Collectors.joining(","));
    }

    /** The request booked or cancelled this session; a retry is answered with it. */
    public void concernedSession(long session) {
        if (sessionId != null || referralId != null) {
            throw DomainException.refused("api.idempotencyKey.alreadyUsed");
        }
        this.sessionId = session;
    }

    public Optional<Long> session() {
        return Optional.ofNullable(sessionId);
    }

    public Optional<ReferralId> referral() {
        return Optional.ofNullable(referralId).map(ReferralId::new);
    }

    public boolean newPatient() {
        return Boolean.TRUE.equals(newPatient);
    }

    public List<PatientId> lookAlikes() {
        return lookAlikeIds == null || lookAlikeIds.isEmpty() ? List.of()
                : Arrays.stream(lookAlikeIds.split(",")).map(id -> new PatientId(Long.parseLong(id))).toList();
    }

    public String caller() {
        return caller;
    }

    public String operation() {
        return operation;
    }

    public String key() {
        return idempotencyKey;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
