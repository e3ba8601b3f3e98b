package org.cryopath.domain.model.outbox;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.Require;

/**
 * One email to one patient, written in the same transaction as the change that causes it and sent later by the
 * dispatcher. The idempotency key is unique: the same cause never yields two messages.
 *
 * <p>{@code nextAttemptAt} is both the retry time and the dispatcher's lease: a dispatcher claims a due row by
 * moving it into the future with a conditional update, so a second dispatcher no longer sees it as due, and a
 * row whose dispatcher died becomes due again when the lease runs out. The Message-ID is fixed at enqueue time,
 * so a message sent twice after such a crash carries the same Message-ID both times.
 */
@Entity
@Table(name = "OUTBOX_MESSAGE")
public class OutboxMessage {

    public static final int KEY_MAX_LENGTH = 200;
    public static final int ERROR_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outboxIds")
    @SequenceGenerator(name = "outboxIds", sequenceName = "OUTBOX_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "IDEMPOTENCY_KEY", length = KEY_MAX_LENGTH)
    private String idempotencyKey;

    /** What the message is about ("session-42"): pending messages of a topic are superseded together. */
    @Column(name = "TOPIC", length = KEY_MAX_LENGTH)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 40)
    private MessageKind kind;

    @Column(name = "PATIENT_ID")
    private Long patientId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "RECIPIENT"))
    private EmailAddress recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "LANGUAGE", length = 8)
    private Language language;

    @Embedded
    private MailContent content;

    @Column(name = "MESSAGE_ID", length = 255)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16)
    private OutboxStatus status;

    @Column(name = "DUE_AT")
    private Instant dueAt;

    @Column(name = "NEXT_ATTEMPT_AT")
    private Instant nextAttemptAt;

    @Column(name = "ATTEMPTS")
    private int attempts;

    @Column(name = "LAST_ERROR", length = ERROR_MAX_LENGTH)
    private String lastError;

    /** Which dispatcher run holds the lease; only that run records the outcome. */
    @Column(name = "CLAIM_TOKEN", length = 64)
    private String claimToken;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    private OutboxMessage(String idempotencyKey, String topic, MessageKind kind, Long patientId,
            EmailAddress recipient, Language language, MailContent content, String messageId, Instant dueAt,
            Instant createdAt) {
        this.idempotencyKey = idempotencyKey;
        this.topic = topic;
        this.kind = kind;
        this.patientId = patientId;
        this.recipient = recipient;
        this.language = language;
        this.content = content;
        this.messageId = messageId;
        this.status = OutboxStatus.PENDING;
        this.dueAt = dueAt;
        this.nextAttemptAt = dueAt;
        this.createdAt = createdAt;
    }

    /** A message to send at {@code dueAt} (or as soon as possible when that has passed). */
    public static OutboxMessage enqueue(String idempotencyKey, String topic, MessageKind kind, PatientId patient,
            EmailAddress recipient, Language language, MailContent content, String messageId, Instant dueAt,
            Instant now) {
        return new OutboxMessage(
                Require.text(idempotencyKey, "idempotencyKey", KEY_MAX_LENGTH),
                Require.text(topic, "topic", KEY_MAX_LENGTH),
                Require.present(kind, "kind"),
                patient == null ? null : patient.value(),
                Require.present(recipient, "recipient"),
                Require.present(language, "language"),
                Require.present(content, "content"),
                Require.text(messageId, "messageId", 255),
                Require.present(dueAt, "dueAt"),
                Require.present(now, "now"));
    }

    /** The SMTP server accepted the message. */
    public void delivered(Instant at) {
        requireStatus(OutboxStatus.PENDING);
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = at;
        claimToken = null;
    }

    /** A transient failure (server down, 4xx): try again at {@code retryAt}. */
    public void attemptFailed(String error, Instant retryAt) {
        requireStatus(OutboxStatus.PENDING);
        attempts++;
        lastError = truncated(error);
        nextAttemptAt = retryAt;
        claimToken = null;
    }

    /** A permanent failure (5xx, malformed address) or retries exhausted: staff must look at it. */
    public void failed(String reason) {
        requireStatus(OutboxStatus.PENDING);
        attempts++;
        status = OutboxStatus.FAILED;
        lastError = truncated(reason);
        claimToken = null;
    }

    /**
     * Staff put a failed message back in the queue, to be sent at once, with a fresh allowance of attempts (the
     * staff history keeps how many had failed before).
     */
    public void retry(Instant now) {
        requireStatus(OutboxStatus.FAILED);
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimToken = null;
    }

    /** The message is no longer wanted: staff cancelled it, or what it was about changed. */
    public void cancel(String reason) {
        if (status != OutboxStatus.PENDING && status != OutboxStatus.FAILED) {
            throw DomainException.refused("outbox.cancel.notOpen", status);
        }
        status = OutboxStatus.CANCELLED;
        lastError = truncated(Require.text(reason, "reason"));
        claimToken = null;
    }

    /** True while the dispatcher run holding {@code token} may record this message's outcome. */
    public boolean isClaimedBy(String token) {
        return status == OutboxStatus.PENDING && token != null && token.equals(claimToken);
    }

    /** What the audit log records of a message when staff act on it. */
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("kind", kind.code());
        state.put("status", status.name());
        state.put("attempts", Integer.toString(attempts));
        state.put("lastError", lastError == null ? "" : lastError);
        return state;
    }

    public boolean isDue(Instant now) {
        return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    private void requireStatus(OutboxStatus expected) {
        if (status != expected) {
            throw DomainException.refused("outbox.notInStatus", expected, status);
        }
    }

    private static String truncated(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= ERROR_MAX_LENGTH ? text : text.substring(0, ERROR_MAX_LENGTH - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String topic() {
        return topic;
    }

    public MessageKind kind() {
        return kind;
    }

    public PatientId patient() {
        return patientId == null ? null : new PatientId(patientId);
    }

    public EmailAddress recipient() {
        return recipient;
    }

    public Language language() {
        return language;
    }

    public MailContent content() {
        return content;
    }

    public String messageId() {
        return messageId;
    }

    public OutboxStatus status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public String claimToken() {
        return claimToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
