package org.cryopath.domain.model.session;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.cryopath.domain.shared.PhoneNumber;

/**
 * The adult who takes the patient home after a session and stays with them: who they are and how their coming was
 * confirmed. Every session starts with its escort {@link EscortStatus#REQUESTED}; check-in needs a confirmed one.
 */
@Embeddable
@Access(AccessType.FIELD)
public class Escort {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int RELATIONSHIP_MAX_LENGTH = 60;

    @Enumerated(EnumType.STRING)
    @Column(name = "ESCORT_STATUS", length = 16)
    private EscortStatus status;

    @Column(name = "ESCORT_NAME", length = NAME_MAX_LENGTH)
    private String name;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "ESCORT_PHONE"))
    private PhoneNumber phone;

    @Column(name = "ESCORT_RELATIONSHIP", length = RELATIONSHIP_MAX_LENGTH)
    private String relationship;

    @Enumerated(EnumType.STRING)
    @Column(name = "ESCORT_CONFIRMED_BY", length = 16)
    private EscortConfirmation confirmedBy;

    @Column(name = "ESCORT_ANSWERED_AT")
    private Instant answeredAt;

    /** The staff member who recorded a phone confirmation; null when the patient answered through the link. */
    @Column(name = "ESCORT_RECORDED_BY", length = 100)
    private String recordedBy;

    protected Escort() {
    }

    /** A new session's escort: asked for, not yet answered. */
    static Escort requested() {
        Escort escort = new Escort();
        escort.status = EscortStatus.REQUESTED;
        return escort;
    }

    public EscortStatus status() {
        return status;
    }

    public boolean isConfirmed() {
        return status == EscortStatus.CONFIRMED;
    }

    public String name() {
        return name;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public String relationship() {
        return relationship;
    }

    public EscortConfirmation confirmedBy() {
        return confirmedBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
