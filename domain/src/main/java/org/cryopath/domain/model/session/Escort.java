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
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.PhoneNumber;
import org.cryopath.domain.shared.Require;
import org.cryopath.domain.shared.Violations;

/**
 * The adult who takes the patient home after a session and stays with them: who they are and how their coming was
 * confirmed. Every session starts with its escort {@link EscortStatus#REQUESTED}; check-in needs a confirmed one.
 *
 * <p>The patient answers through their link ({@link EscortConfirmation#PATIENT_LINK}), or the front desk records
 * what the patient said on the phone ({@link EscortConfirmation#STAFF_PHONE}, with who called). The answer is
 * either an escort with name and phone ({@code CONFIRMED}) or nobody ({@code UNAVAILABLE}). A rescheduled
 * session keeps a confirmed escort, but asks the patient to confirm it again for the new time
 * ({@link #reconfirmationRequested()}).
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

    /** A confirmed escort carried over from a rescheduled session: the patient is asked to confirm it again. */
    @Column(name = "ESCORT_RECONFIRM")
    private boolean reconfirmationRequested;

    protected Escort() {
    }

    /**
     * The escort's details as answered: name and phone required, the relationship optional. Every field is checked
     * before any is refused, each on its own field ({@code escortName}, {@code escortPhone},
     * {@code escortRelationship}); nothing changes when one is wrong.
     *
     * @param recordedBy the staff member who took the answer on the phone; null for the patient's own link
     */
    Escort confirmed(String name, String phone, String relationship, EscortConfirmation by, String recordedBy,
            Instant now) {
        Violations violations = new Violations();
        String checkedName = violations.check(() -> Require.text(name, "escortName", NAME_MAX_LENGTH));
        PhoneNumber checkedPhone = violations.check(() -> PhoneNumber.of(phone, "escortPhone"));
        String checkedRelationship = violations.check(() -> Require.optionalText(relationship, "escortRelationship",
                RELATIONSHIP_MAX_LENGTH));
        violations.throwIfAny();
        Escort escort = answered(by, recordedBy, now);
        escort.status = EscortStatus.CONFIRMED;
        escort.name = checkedName;
        escort.phone = checkedPhone;
        escort.relationship = checkedRelationship;
        return escort;
    }

    /** Nobody can take the patient home: the session needs the front desk at once. */
    Escort unavailable(EscortConfirmation by, String recordedBy, Instant now) {
        Escort escort = answered(by, recordedBy, now);
        escort.status = EscortStatus.UNAVAILABLE;
        return escort;
    }

    private static Escort answered(EscortConfirmation by, String recordedBy, Instant now) {
        Escort escort = new Escort();
        escort.confirmedBy = Require.present(by, "confirmedBy");
        if (by == EscortConfirmation.STAFF_PHONE && (recordedBy == null || recordedBy.isBlank())) {
            throw DomainException.refused("escort.staffPhone.whoCalled");
        }
        escort.recordedBy = by == EscortConfirmation.STAFF_PHONE ? recordedBy : null;
        escort.answeredAt = Require.present(now, "now");
        return escort;
    }

    /**
     * The escort a rescheduled session starts with: a confirmed one is kept (same person, same answer), with the
     * patient asked to confirm it for the new time; anything else is asked for afresh.
     */
    Escort forReplacement() {
        if (!isConfirmed()) {
            return requested();
        }
        Escort escort = new Escort();
        escort.status = status;
        escort.name = name;
        escort.phone = phone;
        escort.relationship = relationship;
        escort.confirmedBy = confirmedBy;
        escort.answeredAt = answeredAt;
        escort.recordedBy = recordedBy;
        escort.reconfirmationRequested = true;
        return escort;
    }

    /**
     * Whether the front desk must still chase this escort: nobody confirmed, nobody available, or a kept escort
     * not yet confirmed again for a rescheduled time.
     */
    public boolean needsFollowUp() {
        return !isConfirmed() || reconfirmationRequested;
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

    /** True for a confirmed escort kept from a rescheduled session until the patient or staff confirm it again. */
    public boolean reconfirmationRequested() {
        return reconfirmationRequested;
    }
}
