package org.cryopath.domain.model.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * One accepted referral's treatment: how it will be done (anaesthesia, guidance, how many sessions the plan
 * foresees) and where it stands. It is opened by triage and carries the patient from preparation to follow-up.
 */
@Entity
@Table(name = "TREATMENT_CASE")
public class TreatmentCase {

    public static final int MAX_SESSIONS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "treatmentCaseIds")
    @SequenceGenerator(name = "treatmentCaseIds", sequenceName = "TREATMENT_CASE_SEQ", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "REFERRAL_ID")
    private Referral referral;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PATIENT_ID")
    private Patient patient;

    @Enumerated(EnumType.STRING)
    @Column(name = "ANAESTHESIA", length = 16)
    private Anaesthesia anaesthesia;

    @Enumerated(EnumType.STRING)
    @Column(name = "GUIDANCE", length = 16)
    private Guidance guidance;

    @Column(name = "PLANNED_SESSIONS")
    private int plannedSessions;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16)
    private CaseStatus status;

    @Column(name = "CANCEL_REASON", length = 1000)
    private String cancelReason;

    @Column(name = "CLOSE_REASON", length = 1000)
    private String closeReason;

    @Column(name = "OPENED_AT")
    private Instant openedAt;

    @Version
    private long version;

    protected TreatmentCase() {
    }

    /**
     * Triage accepted {@code referral}: its treatment opens. Only an accepted referral opens a case (accept it
     * first); one received, waiting for information or declined is refused.
     */
    public static TreatmentCase open(Referral referral, Anaesthesia anaesthesia, Guidance guidance, int plannedSessions,
            Instant now) {
        Require.present(referral, "referral");
        if (referral.status() != ReferralStatus.ACCEPTED) {
            throw DomainException.refused("case.open.referralNotAccepted", referral.status());
        }
        TreatmentCase treatment = new TreatmentCase();
        treatment.referral = referral;
        treatment.patient = referral.patient();
        treatment.anaesthesia = Require.present(anaesthesia, "anaesthesia");
        treatment.guidance = Require.present(guidance, "guidance");
        if (plannedSessions < 1 || plannedSessions > MAX_SESSIONS) {
            throw DomainException.invalid("plannedSessions", "validation.plannedSessions", MAX_SESSIONS);
        }
        treatment.plannedSessions = plannedSessions;
        treatment.status = CaseStatus.OPEN;
        treatment.openedAt = Require.present(now, "now");
        return treatment;
    }

    /** The patient's preparation instructions were issued (or issued again): the case is being prepared. */
    public void preparationIssued() {
        if (status == CaseStatus.OPEN) {
            status = CaseStatus.PREPARING;
        } else if (status != CaseStatus.PREPARING && status != CaseStatus.SCHEDULED) {
            throw DomainException.refused("case.preparation.notOpen", status);
        }
    }

    /**
     * A session of the case was booked: the case is scheduled. Only a case whose preparation was issued can be booked
     * (the session date depends on it).
     */
    public void sessionBooked() {
        if (status == CaseStatus.PREPARING) {
            status = CaseStatus.SCHEDULED;
        } else if (status != CaseStatus.SCHEDULED) {
            throw DomainException.refused(status == CaseStatus.OPEN ? "case.booking.noPreparation"
                    : "case.booking.notOpen", status);
        }
    }

    /** The case's last booked session was cancelled: it waits for a new booking, prepared as before. */
    public void noSessionBooked() {
        if (status == CaseStatus.SCHEDULED) {
            status = CaseStatus.PREPARING;
        }
    }

    /** The treatment will not take place; the reason stays with the case. */
    public void cancel(String reason) {
        if (!status.isBeforeTreatment()) {
            throw DomainException.refused("case.cancel.tooLate", status);
        }
        cancelReason = Require.text(reason, "reason", 1000);
        status = CaseStatus.CANCELLED;
    }

    /**
     * A session of the case ended with its patient discharged. When the plan's sessions are all done ({@code
     * lastPlanned}), the case is {@code TREATED}; answers whether it is. Otherwise it stays open for its further
     * sessions: scheduled while one is booked, else waiting for a booking.
     */
    public boolean sessionDischarged(boolean lastPlanned, boolean anotherBooked) {
        if (status != CaseStatus.SCHEDULED) {
            throw DomainException.refused("case.discharge.notScheduled", status);
        }
        if (!lastPlanned) {
            if (!anotherBooked) {
                noSessionBooked();
            }
            return false;
        }
        status = CaseStatus.TREATED;
        return true;
    }

    /** The treated patient's follow-up schedule was computed: the case is in follow-up until it closes. */
    public void startFollowUp() {
        if (status != CaseStatus.TREATED) {
            throw DomainException.refused("case.followUp.notTreated", status);
        }
        status = CaseStatus.IN_FOLLOW_UP;
    }

    /**
     * The follow-up ends: its schedule is done, or a clinician closes it (with the reason). Only a case in follow-up
     * closes; a case before treatment is cancelled instead.
     */
    public void close(String reason) {
        if (status == CaseStatus.CLOSED) {
            throw DomainException.refused("case.close.already");
        }
        if (status != CaseStatus.IN_FOLLOW_UP) {
            throw DomainException.refused("case.close.notInFollowUp", status);
        }
        closeReason = Require.text(reason, "reason", 1000);
        status = CaseStatus.CLOSED;
    }

    /** Preparation can be planned and changed until the patient is treated. */
    public boolean acceptsPreparation() {
        return status.isBeforeTreatment();
    }

    /** The same case: the same instance, or the same stored row. */
    public boolean isSameCaseAs(TreatmentCase other) {
        return other == this || (other != null && id != null && id.equals(other.id));
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("anaesthesia", anaesthesia.name());
        state.put("guidance", guidance.name());
        state.put("plannedSessions", Integer.toString(plannedSessions));
        state.put("cancelReason", cancelReason == null ? "" : cancelReason);
        state.put("closeReason", closeReason == null ? "" : closeReason);
        return state;
    }

    public TreatmentCaseId id() {
        return new TreatmentCaseId(id);
    }

    public Referral referral() {
        return referral;
    }

    public Patient patient() {
        return patient;
    }

    public Anaesthesia anaesthesia() {
        return anaesthesia;
    }

    public Guidance guidance() {
        return guidance;
    }

    public int plannedSessions() {
        return plannedSessions;
    }

    public CaseStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String closeReason() {
        return closeReason;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
