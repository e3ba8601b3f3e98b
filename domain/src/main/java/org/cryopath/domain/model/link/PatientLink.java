package org.cryopath.domain.model.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A link sent to a patient by email, for one purpose about one thing (a plan, a session): patients have no login.
 * Its token is 256 random bits; the database keeps only its SHA-256, so a copy of the database opens no link. It
 * expires, and a link for an action works once. Opening a link only shows a page: the action needs a POST, because
 * mail scanners open links.
 */
@Entity
@Table(name = "PATIENT_LINK")
public class PatientLink {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patientLinkIds")
    @SequenceGenerator(name = "patientLinkIds", sequenceName = "PATIENT_LINK_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", length = 40)
    private LinkPurpose purpose;

    /** What the link is about: the plan's id for {@link LinkPurpose#ACKNOWLEDGE_PREPARATION}. */
    @Column(name = "SUBJECT_ID")
    private long subjectId;

    @Column(name = "PATIENT_ID")
    private long patientId;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Column(name = "EXPIRES_AT")
    private Instant expiresAt;

    @Column(name = "USED_AT")
    private Instant usedAt;

    @Column(name = "WITHDRAWN")
    private boolean withdrawn;

    @Version
    private long version;

    protected PatientLink() {
    }

    /** A link and its token; the token must go into the email and nowhere else. */
    public record Issued(PatientLink link, String token) {

        @Override
        public String toString() {
            return "Issued[link for subject " + link.subjectId + "]";
        }
    }

    public static Issued issue(LinkPurpose purpose, long subjectId, PatientId patient, Duration validity, Instant now) {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        PatientLink link = new PatientLink();
        link.tokenHash = hash(token);
        link.purpose = Require.present(purpose, "purpose");
        link.subjectId = subjectId;
        link.patientId = Require.present(patient, "patient").value();
        link.createdAt = now;
        link.expiresAt = now.plus(validity);
        return new Issued(link, token);
    }

    /** The stored form of a token: hex SHA-256. Also how a token from a request is looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** A token can only be one we made: 43 URL-safe base64 characters. Anything else is unknown at once. */
    public static boolean isWellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    public LinkState stateAt(Instant now) {
        if (withdrawn) {
            return LinkState.WITHDRAWN;
        }
        if (usedAt != null) {
            return LinkState.USED;
        }
        return now.isBefore(expiresAt) ? LinkState.VALID : LinkState.EXPIRED;
    }

    /** The patient took the link's action: it will not work again. */
    public void use(Instant now) {
        LinkState state = stateAt(now);
        if (state != LinkState.VALID) {
            throw DomainException.refused("link." + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        usedAt = now;
    }

    /** What the link was about no longer applies. */
    public void withdraw() {
        withdrawn = true;
    }

    public long id() {
        return id;
    }

    public LinkPurpose purpose() {
        return purpose;
    }

    public long subjectId() {
        return subjectId;
    }

    public PatientId patient() {
        return new PatientId(patientId);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
