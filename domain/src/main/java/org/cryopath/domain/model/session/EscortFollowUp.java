package org.cryopath.domain.model.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.cryopath.domain.shared.Require;

/**
 * A session on the escort worklist: it came within {@code worklist} hours of its start with no confirmed escort
 * ("call the patient"), when it was flagged at risk (within {@code at-risk} hours), and when the escort reminder E6
 * was queued. The session's id is the key: two escalation runs that reach the same session at the same moment can
 * only add it once (the database refuses the second row), and a stage is marked once (the version refuses the
 * second update). Whether it still needs the front desk is the session's escort ({@link Session#needsEscortFollowUp()}).
 */
@Entity
@Table(name = "ESCORT_WORKLIST")
public class EscortFollowUp {

    @Id
    @Column(name = "SESSION_ID")
    private long sessionId;

    @Column(name = "JOINED_AT")
    private Instant joinedAt;

    @Column(name = "AT_RISK_AT")
    private Instant atRiskAt;

    @Column(name = "REMINDER_QUEUED_AT")
    private Instant reminderQueuedAt;

    @Version
    private long version;

    protected EscortFollowUp() {
    }

    public static EscortFollowUp join(long sessionId, Instant now) {
        EscortFollowUp entry = new EscortFollowUp();
        entry.sessionId = sessionId;
        entry.joinedAt = Require.present(now, "now");
        return entry;
    }

    /** Flags the session at risk; a session flagged already keeps its first moment. */
    public void atRisk(Instant now) {
        if (atRiskAt == null) {
            atRiskAt = Require.present(now, "now");
        }
    }

    /** Notes that E6 was queued for this session. */
    public void reminderQueued(Instant now) {
        if (reminderQueuedAt == null) {
            reminderQueuedAt = Require.present(now, "now");
        }
    }

    public long sessionId() {
        return sessionId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant atRiskAt() {
        return atRiskAt;
    }

    public boolean isAtRisk() {
        return atRiskAt != null;
    }

    public Instant reminderQueuedAt() {
        return reminderQueuedAt;
    }
}
