package org.cryopath.domain.model.session;

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

/** One call the front desk made to a patient about a session's escort: when, who called, what came of it. */
@Entity
@Table(name = "ESCORT_CALL")
public class EscortCall {

    public static final int NOTE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escortCallIds")
    @SequenceGenerator(name = "escortCallIds", sequenceName = "ESCORT_CALL_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "SESSION_ID")
    private long sessionId;

    @Column(name = "CALLED_AT")
    private Instant calledAt;

    @Column(name = "CALLED_BY", length = 100)
    private String calledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 16)
    private EscortCallOutcome outcome;

    @Column(name = "NOTE", length = NOTE_MAX_LENGTH)
    private String note;

    protected EscortCall() {
    }

    public static EscortCall of(long sessionId, EscortCallOutcome outcome, String note, String calledBy, Instant now) {
        EscortCall call = new EscortCall();
        call.sessionId = sessionId;
        call.outcome = Require.present(outcome, "outcome");
        call.note = Require.optionalText(note, "note", NOTE_MAX_LENGTH);
        call.calledBy = Require.text(calledBy, "calledBy", 100);
        call.calledAt = Require.present(now, "now");
        return call;
    }

    public long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public String calledBy() {
        return calledBy;
    }

    public EscortCallOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }
}
