package org.cryopath.domain.model.followup;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A follow-up scan of a treated case, due some months after the treatment (from the clinic's protocol for the
 * organ). It waits on the follow-up worklist until staff book it (a date, a place, a modality), then is done, or is
 * cancelled with a reason.
 */
@Entity
@Table(name = "FOLLOW_UP_TOUCHPOINT")
public class FollowUpTouchpoint {

    public static final int PLACE_MAX_LENGTH = 200;
    public static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "followUpIds")
    @SequenceGenerator(name = "followUpIds", sequenceName = "FOLLOW_UP_SEQ", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CASE_ID")
    private TreatmentCase treatmentCase;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PATIENT_ID")
    private Patient patient;

    @Column(name = "MONTHS_AFTER")
    private int monthsAfter;

    @Column(name = "DUE_ON")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16)
    private TouchpointStatus status;

    @Column(name = "APPOINTMENT_AT")
    private Instant appointmentAt;

    @Column(name = "APPOINTMENT_PLACE", length = PLACE_MAX_LENGTH)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "APPOINTMENT_MODALITY", length = 16)
    private ImagingModality modality;

    @Column(name = "CANCEL_REASON", length = REASON_MAX_LENGTH)
    private String cancelReason;

    @Column(name = "CHANGED_AT")
    private Instant changedAt;

    @Version
    private long version;

    protected FollowUpTouchpoint() {
    }

    public static FollowUpTouchpoint plan(TreatmentCase treatmentCase, FollowUpSchedule.Due due, Instant now) {
        FollowUpTouchpoint touchpoint = new FollowUpTouchpoint();
        touchpoint.treatmentCase = Require.present(treatmentCase, "case");
        touchpoint.patient = treatmentCase.patient();
        touchpoint.monthsAfter = due.monthsAfter();
        touchpoint.dueOn = due.dueOn();
        touchpoint.status = TouchpointStatus.PLANNED;
        touchpoint.changedAt = now;
        return touchpoint;
    }

    /** Staff booked the scan (or moved its booking): when, where, how. */
    public void book(Instant at, String where, ImagingModality how, Instant now) {
        if (!status.isOpen()) {
            throw DomainException.refused("followUp.notOpen", status);
        }
        appointmentAt = Require.present(at, "appointmentAt");
        if (!at.isAfter(now)) {
            throw DomainException.invalid("appointmentAt", "followUp.book.past");
        }
        place = Require.text(where, "place", PLACE_MAX_LENGTH);
        modality = Require.present(how, "modality");
        status = TouchpointStatus.BOOKED;
        changedAt = now;
    }

    /** The scan took place (or its result reached the clinic). */
    public void done(Instant now) {
        if (!status.isOpen()) {
            throw DomainException.refused("followUp.notOpen", status);
        }
        status = TouchpointStatus.DONE;
        changedAt = now;
    }

    /** The scan will not take place; the reason stays with it. */
    public void cancel(String reason, Instant now) {
        if (!status.isOpen()) {
            throw DomainException.refused("followUp.notOpen", status);
        }
        cancelReason = Require.text(reason, "reason", REASON_MAX_LENGTH);
        status = TouchpointStatus.CANCELLED;
        changedAt = now;
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("monthsAfter", Integer.toString(monthsAfter));
        state.put("dueOn", dueOn.toString());
        state.put("appointmentAt", appointmentAt == null ? "" : appointmentAt.toString());
        state.put("place", place == null ? "" : place);
        state.put("modality", modality == null ? "" : modality.name());
        state.put("cancelReason", cancelReason == null ? "" : cancelReason);
        return state;
    }

    public long id() {
        return id;
    }

    public TreatmentCase treatmentCase() {
        return treatmentCase;
    }

    public Patient patient() {
        return patient;
    }

    public int monthsAfter() {
        return monthsAfter;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public TouchpointStatus status() {
        return status;
    }

    public Instant appointmentAt() {
        return appointmentAt;
    }

    public String place() {
        return place;
    }

    public ImagingModality modality() {
        return modality;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
