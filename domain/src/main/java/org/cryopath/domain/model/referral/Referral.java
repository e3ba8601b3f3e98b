package org.cryopath.domain.model.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A request from a clinician outside the department to treat a patient's tumour by cryoablation. It waits in
 * triage until a clinician accepts it (a treatment case opens), declines it with a reason, or asks the referrer
 * a question.
 */
@Entity
@Table(name = "REFERRAL")
public class Referral {

    public static final int INDICATION_MAX_LENGTH = 2000;
    public static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referralIds")
    @SequenceGenerator(name = "referralIds", sequenceName = "REFERRAL_SEQ", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PATIENT_ID")
    private Patient patient;

    @Embedded
    private ReferringClinician referrer;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_ORGAN", length = 16)
    private TargetOrgan targetOrgan;

    @Column(name = "INDICATION", length = INDICATION_MAX_LENGTH)
    private String indication;

    @Enumerated(EnumType.STRING)
    @Column(name = "REQUESTED_GUIDANCE", length = 16)
    private GuidancePreference requestedGuidance;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRIORITY", length = 16)
    private Priority priority;

    @Column(name = "ANTICOAGULATED")
    private boolean anticoagulated;

    @Column(name = "DIABETIC")
    private boolean diabetic;

    @Column(name = "RECEIVED_AT")
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16)
    private ReferralStatus status;

    /** Why it was declined, or the question put to the referrer; null otherwise. */
    @Column(name = "STATUS_NOTE", length = REASON_MAX_LENGTH)
    private String statusNote;

    /**
     * Its place in the triage inbox, computed by the database from status and priority (0 urgent and waiting,
     * 1 routine and waiting, null once decided) and indexed with the time received: queries order the inbox by it.
     * Never written from here.
     */
    @Column(name = "TRIAGE_RANK", insertable = false, updatable = false)
    private Integer triageRank;

    @Version
    private long version;

    protected Referral() {
    }

    private Referral(Patient patient, ReferringClinician referrer, TargetOrgan targetOrgan, String indication,
            GuidancePreference requestedGuidance, Priority priority, boolean anticoagulated, boolean diabetic,
            Instant receivedAt) {
        this.patient = patient;
        this.referrer = referrer;
        this.targetOrgan = targetOrgan;
        this.indication = indication;
        this.requestedGuidance = requestedGuidance;
        this.priority = priority;
        this.anticoagulated = anticoagulated;
        this.diabetic = diabetic;
        this.receivedAt = receivedAt;
        this.status = ReferralStatus.RECEIVED;
    }

    /** The department received a referral for this patient; it enters triage. */
    public static Referral receive(Patient patient, ReferringClinician referrer, TargetOrgan targetOrgan,
            String indication, GuidancePreference requestedGuidance, Priority priority, boolean anticoagulated,
            boolean diabetic, Instant receivedAt) {
        return new Referral(
                Require.present(patient, "patient"),
                Require.present(referrer, "referrer"),
                Require.present(targetOrgan, "targetOrgan"),
                Require.optionalText(indication, "indication", INDICATION_MAX_LENGTH),
                requestedGuidance == null ? GuidancePreference.EITHER : requestedGuidance,
                priority == null ? Priority.ROUTINE : priority,
                anticoagulated,
                diabetic,
                Require.present(receivedAt, "receivedAt"));
    }

    /** Triage accepted the patient for treatment. */
    public void accept() {
        requireStatus(ReferralStatus.RECEIVED, "referral.accept.notReceived");
        status = ReferralStatus.ACCEPTED;
        statusNote = null;
    }

    /** Triage declined the referral; the reason goes back to the referrer. */
    public void decline(String reason) {
        requireStatus(ReferralStatus.RECEIVED, "referral.decline.notReceived");
        statusNote = Require.text(reason, "reason", REASON_MAX_LENGTH);
        status = ReferralStatus.DECLINED;
    }

    /** Triage cannot decide without an answer from the referrer. */
    public void askForInformation(String question) {
        requireStatus(ReferralStatus.RECEIVED, "referral.askForInformation.notReceived");
        statusNote = Require.text(question, "question", REASON_MAX_LENGTH);
        status = ReferralStatus.NEEDS_INFO;
    }

    /** The referrer answered; the referral is back in the triage inbox. */
    public void informationReceived() {
        requireStatus(ReferralStatus.NEEDS_INFO, "referral.informationReceived.notWaiting");
        status = ReferralStatus.RECEIVED;
        statusNote = null;
    }

    private void requireStatus(ReferralStatus expected, String messageKey) {
        if (status != expected) {
            throw DomainException.refused(messageKey, status);
        }
    }

    /** What the audit log records of a referral. */
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("statusNote", statusNote == null ? "" : statusNote);
        state.put("targetOrgan", targetOrgan.name());
        state.put("priority", priority.name());
        state.put("requestedGuidance", requestedGuidance.name());
        state.put("anticoagulated", Boolean.toString(anticoagulated));
        state.put("diabetic", Boolean.toString(diabetic));
        state.put("referrer", referrer.name());
        return state;
    }

    public ReferralId id() {
        return new ReferralId(id);
    }

    public Patient patient() {
        return patient;
    }

    public ReferringClinician referrer() {
        return referrer;
    }

    public TargetOrgan targetOrgan() {
        return targetOrgan;
    }

    public String indication() {
        return indication;
    }

    public GuidancePreference requestedGuidance() {
        return requestedGuidance;
    }

    public Priority priority() {
        return priority;
    }

    public boolean anticoagulated() {
        return anticoagulated;
    }

    public boolean diabetic() {
        return diabetic;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ReferralStatus status() {
        return status;
    }

    public String statusNote() {
        return statusNote;
    }
}
