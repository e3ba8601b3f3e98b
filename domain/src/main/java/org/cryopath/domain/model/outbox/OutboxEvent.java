package org.cryopath.domain.model.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cryopath.domain.shared.Require;

/**
 * One line of an outbox message's staff history: who retried or cancelled it, when, and what the message looked
 * like just before (status, attempts, last error), so a later reader can tell why it was done. Written in the
 * same transaction as the action; never changed afterwards.
 */
@Entity
@Table(name = "OUTBOX_EVENT")
public class OutboxEvent {

    public static final int ACTOR_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outboxEventIds")
    @SequenceGenerator(name = "outboxEventIds", sequenceName = "OUTBOX_EVENT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "OUTBOX_ID")
    private long outboxId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", length = 16)
    private StaffAction action;

    @Column(name = "ACTOR", length = ACTOR_MAX_LENGTH)
    private String actor;

    @Column(name = "ACTED_AT")
    private Instant actedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS_BEFORE", length = 16)
    private OutboxStatus statusBefore;

    @Column(name = "ATTEMPTS")
    private int attempts;

    @Column(name = "LAST_ERROR", length = OutboxMessage.ERROR_MAX_LENGTH)
    private String lastError;

    protected OutboxEvent() {
    }

    private OutboxEvent(OutboxMessage message, StaffAction action, String actor, Instant at) {
        this.outboxId = Require.present(message.id(), "outboxId");
        this.action = action;
        this.actor = Require.text(actor, "actor", ACTOR_MAX_LENGTH);
        this.actedAt = Require.present(at, "at");
        this.statusBefore = message.status();
        this.attempts = message.attempts();
        this.lastError = message.lastError();
    }

    /** Records {@code action} on {@code message} as it is now, before the action changes it. */
    public static OutboxEvent of(OutboxMessage message, StaffAction action, String actor, Instant at) {
        return new OutboxEvent(message, Require.present(action, "action"), actor, at);
    }

    public Long id() {
        return id;
    }

    public long outboxId() {
        return outboxId;
    }

    public StaffAction action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return actedAt;
    }

    public OutboxStatus statusBefore() {
        return statusBefore;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
