package org.cryopath.domain.model.session;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * An outpatient cryoablation appointment: a room, a radiologist and, under general anaesthesia, an anaesthetist, from
 * its start for its length; then the room's turnover, and a recovery bay for the recovery time. The times are kept on
 * the session as booked (in UTC), so later changes to the clinic's rules never rewrite it.
 *
 * <p>A reschedule cancels the session and books a new one linked to it ({@link #rescheduledFrom()}): history is never
 * overwritten. The new session keeps the calendar UID of the first one, with the next SEQUENCE, so the patient's
 * calendar moves the one appointment.
 */
@Entity
@Table(name = "TREATMENT_SESSION")
public class Session {

    public static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sessionIds")
    @SequenceGenerator(name = "sessionIds", sequenceName = "TREATMENT_SESSION_SEQ", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CASE_ID")
    private TreatmentCase treatmentCase;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "PATIENT_ID")
    private Patient patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ROOM_ID")
    private ProcedureRoom room;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "RADIOLOGIST_ID")
    private Clinician radiologist;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ANAESTHETIST_ID")
    private Clinician anaesthetist;

    @Enumerated(EnumType.STRING)
    @Column(name = "GUIDANCE", length = 16)
    private Guidance guidance;

    @Enumerated(EnumType.STRING)
    @Column(name = "ANAESTHESIA", length = 16)
    private Anaesthesia anaesthesia;

    @Column(name = "START_AT")
    private Instant start;

    /** The procedure's end: the radiologist and anaesthetist are free again, the patient goes to recovery. */
    @Column(name = "END_AT")
    private Instant end;

    /** The room is free again after its turnover. */
    @Column(name = "TURNOVER_END_AT")
    private Instant turnoverEnd;

    /** The patient leaves the recovery bay. */
    @Column(name = "RECOVERY_END_AT")
    private Instant recoveryEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16)
    private SessionStatus status;

    @Column(name = "CANCEL_REASON", length = REASON_MAX_LENGTH)
    private String cancelReason;

    /** The session this one replaces, when it was booked as a reschedule. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "RESCHEDULED_FROM_ID")
    private Session rescheduledFrom;

    @Column(name = "CALENDAR_UID", length = 120)
    private String calendarUid;

    @Column(name = "CALENDAR_SEQUENCE")
    private int calendarSequence;

    /** Why a clinician let the session start before the preparation's earliest date; null when it did not. */
    @Column(name = "EARLIEST_OVERRIDE_REASON", length = REASON_MAX_LENGTH)
    private String earliestDateOverride;

    /** Set when a newer preparation plan's earliest date falls after the session's day. */
    @Column(name = "PREPARATION_CONFLICT")
    private boolean preparationConflict;

    /** Why a clinician kept the session despite the preparation conflict; null when not overridden. */
    @Column(name = "PREPARATION_OVERRIDE_REASON", length = REASON_MAX_LENGTH)
    private String preparationOverride;

    @Embedded
    private Escort escort;

    @Column(name = "CHECKED_IN_AT")
    private Instant checkedInAt;

    @Column(name = "CHECKED_IN_BY", length = 100)
    private String checkedInBy;

    /** A clinician's reason for checking the patient in without a confirmed escort; null when it was confirmed. */
    @Column(name = "CHECK_IN_OVERRIDE_REASON", length = REASON_MAX_LENGTH)
    private String checkInOverride;

    @Column(name = "PROCEDURE_STARTED_AT")
    private Instant procedureStartedAt;

    @Column(name = "PROCEDURE_ENDED_AT")
    private Instant procedureEndedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 16)
    private SessionOutcome outcome;

    /** What was done (completed), or why the procedure stopped (aborted). */
    @Column(name = "OUTCOME_NOTE", length = REASON_MAX_LENGTH)
    private String outcomeNote;

    @Column(name = "DISCHARGED_AT")
    private Instant dischargedAt;

    @Column(name = "DISCHARGED_BY", length = 100)
    private String dischargedBy;

    /** The adult who took the patient home. */
    @Column(name = "COLLECTED_BY", length = Escort.NAME_MAX_LENGTH)
    private String collectedBy;

    @Column(name = "BOOKED_AT")
    private Instant bookedAt;

    @Column(name = "BOOKED_BY", length = 100)
    private String bookedBy;

    @Version
    private long version;

    protected Session() {
    }

    /**
     * Books a session that every rule of the clinic's calendar allowed (the caller checked them, with the resources
     * locked, see the booking service).
     *
     * @param earliestDateOverride a clinician's reason for starting before the preparation's earliest date, or null
     */
    public static Session book(TreatmentCase treatmentCase, ProcedureRoom room, Clinician radiologist,
            Clinician anaesthetist, Instant start, Duration length, Duration recovery, String earliestDateOverride,
            String bookedBy, Instant now) {
        Session session = new Session();
        session.treatmentCase = Require.present(treatmentCase, "case");
        session.patient = treatmentCase.patient();
        session.room = Require.present(room, "roomId");
        session.radiologist = Require.present(radiologist, "radiologistId");
        session.guidance = treatmentCase.guidance();
        session.anaesthesia = treatmentCase.anaesthesia();
        session.anaesthetist = session.anaesthesia == Anaesthesia.GENERAL
                ? Require.present(anaesthetist, "anaesthetistId") : null;
        session.start = Require.present(start, "start");
        session.end = start.plus(Require.present(length, "durationMinutes"));
        session.turnoverEnd = session.end.plus(Duration.ofMinutes(room.turnoverMinutes()));
        session.recoveryEnd = session.end.plus(Require.present(recovery, "recovery"));
        session.status = SessionStatus.BOOKED;
        session.earliestDateOverride = Require.optionalText(earliestDateOverride, "earliestDateOverride",
                REASON_MAX_LENGTH);
        session.bookedAt = Require.present(now, "now");
        session.bookedBy = bookedBy;
        session.calendarSequence = 0;
        session.escort = Escort.requested();
        treatmentCase.sessionBooked();
        return session;
    }

    /**
     * Gives a newly stored session its calendar identity ({@code session-42}; the emails add the clinic's mail
     * domain), unless it replaces one and carries that one's already.
     */
    public void identifyInCalendars() {
        if (calendarUid == null) {
            calendarUid = "session-" + id;
        }
    }

    /**
     * Moves this booked session: it is cancelled ("rescheduled"), and {@code replacement}, booked by the caller with
     * every rule checked, takes its place in the patient's calendar (same UID, next SEQUENCE) and keeps the
     * clinician's override of the earliest date only if it gives one again.
     */
    public void rescheduleTo(Session replacement) {
        requireBooked("session.reschedule.notBooked");
        if (!replacement.treatmentCase.isSameCaseAs(treatmentCase)) {
            throw DomainException.refused("session.reschedule.otherCase");
        }
        status = SessionStatus.CANCELLED;
        cancelReason = "Rescheduled";
        replacement.rescheduledFrom = this;
        replacement.calendarUid = calendarUid;
        replacement.calendarSequence = calendarSequence + 1;
        replacement.escort = escort.forReplacement();
    }

    /**
     * Records the escort the patient named (through their link) or told the front desk on the phone; a kept
     * escort confirmed again no longer waits for re-confirmation. Only a booked session that has not started
     * takes an answer.
     *
     * @param recordedBy who took the phone call; null for the patient's link
     */
    public void confirmEscort(String name, String phone, String relationship, EscortConfirmation by,
            String recordedBy, Instant now) {
        requireEscortOpen();
        escort = escort.confirmed(name, phone, relationship, by, recordedBy, now);
    }

    /** The patient has nobody to take them home: the session is flagged on the escort worklist at once. */
    public void escortUnavailable(EscortConfirmation by, String recordedBy, Instant now) {
        requireEscortOpen();
        escort = escort.unavailable(by, recordedBy, now);
    }

    /** Whether the front desk must still chase this session's escort (see {@link Escort#needsFollowUp()}). */
    public boolean needsEscortFollowUp() {
        return status == SessionStatus.BOOKED && escort.needsFollowUp();
    }

    /**
     * An escort is answered for while the session is booked, whatever the clock says: a patient who arrives late with
     * the person taking them home has the escort recorded at the desk before check-in.
     */
    private void requireEscortOpen() {
        requireBooked("session.escort.notBooked");
    }

    /** The escort as the audit log keeps it: the status and who answered how, never the escort's phone. */
    public Map<String, String> escortAuditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("escortStatus", escort.status().name());
        state.put("escortName", escort.name() == null ? "" : escort.name());
        state.put("escortRelationship", escort.relationship() == null ? "" : escort.relationship());
        state.put("escortAnsweredBy", escort.confirmedBy() == null ? "" : escort.confirmedBy().name());
        state.put("escortRecordedBy", escort.recordedBy() == null ? "" : escort.recordedBy());
        state.put("escortReconfirmation", Boolean.toString(escort.reconfirmationRequested()));
        return state;
    }

    /** The session will not take place; the reason stays with it. Its calendar event is withdrawn (next SEQUENCE). */
    public void cancel(String reason) {
        requireBooked("session.cancel.notBooked");
        cancelReason = Require.text(reason, "reason", REASON_MAX_LENGTH);
        status = SessionStatus.CANCELLED;
        calendarSequence = calendarSequence + 1;
    }

    /** The patient did not come. */
    public void noShow(Instant now) {
        requireBooked("session.noShow.notBooked");
        if (now.isBefore(start)) {
            throw DomainException.refused("session.noShow.notYet");
        }
        status = SessionStatus.NO_SHOW;
    }

    /**
     * The patient arrived for this session, on its clinic day: the escort gate. Check-in needs a confirmed escort;
     * without one, a clinician may check the patient in with a reason ({@code overrideReason}), which stays on the
     * session. The caller checks that whoever gives a reason is a clinician.
     *
     * @param overrideReason a clinician's reason to check in without a confirmed escort, or null
     */
    public void checkIn(String overrideReason, String by, Instant now, ZoneId zone) {
        if (status == SessionStatus.CHECKED_IN || status == SessionStatus.IN_PROCEDURE
                || status == SessionStatus.COMPLETED) {
            throw DomainException.refused("session.checkIn.already");
        }
        requireBooked("session.checkIn.notBooked");
        if (!LocalDate.ofInstant(start, zone).equals(LocalDate.ofInstant(now, zone))) {
            throw DomainException.refused("session.checkIn.notToday");
        }
        String reason = Require.optionalText(overrideReason, "overrideReason", REASON_MAX_LENGTH);
        if (!escort.isConfirmed() && reason == null) {
            throw DomainException.invalid("overrideReason", "session.checkIn.escortRequired");
        }
        checkInOverride = escort.isConfirmed() ? null : reason;
        checkedInAt = now;
        checkedInBy = by;
        status = SessionStatus.CHECKED_IN;
    }

    /** True when the patient was checked in without a confirmed escort (a clinician's override). */
    public boolean checkedInWithoutEscort() {
        return checkInOverride != null;
    }

    /** The patient went into the procedure room. */
    public void startProcedure(Instant now) {
        if (status == SessionStatus.IN_PROCEDURE) {
            throw DomainException.refused("session.procedure.already");
        }
        if (status != SessionStatus.CHECKED_IN) {
            throw DomainException.refused("session.procedure.notCheckedIn", status);
        }
        procedureStartedAt = now;
        status = SessionStatus.IN_PROCEDURE;
    }

    /**
     * The procedure ended: completed (with what was done, optional) or aborted (with the reason, required). The
     * patient goes to recovery either way.
     */
    public void endProcedure(SessionOutcome how, String note, Instant now) {
        if (status == SessionStatus.COMPLETED) {
            throw DomainException.refused("session.procedure.ended");
        }
        if (status != SessionStatus.IN_PROCEDURE) {
            throw DomainException.refused("session.procedure.notStarted", status);
        }
        outcome = Require.present(how, "outcome");
        outcomeNote = how == SessionOutcome.ABORTED ? Require.text(note, "outcomeNote", REASON_MAX_LENGTH)
                : Require.optionalText(note, "outcomeNote", REASON_MAX_LENGTH);
        procedureEndedAt = now;
        status = SessionStatus.COMPLETED;
    }

    /**
     * The patient left recovery and went home with {@code collectedBy} (the confirmed escort's name when staff give
     * none).
     */
    public void discharge(String collectedBy, String by, Instant now) {
        if (dischargedAt != null) {
            throw DomainException.refused("session.discharge.already");
        }
        if (status != SessionStatus.COMPLETED) {
            throw DomainException.refused("session.discharge.notInRecovery", status);
        }
        String who = Require.optionalText(collectedBy, "collectedBy", Escort.NAME_MAX_LENGTH);
        if (who == null && escort.isConfirmed()) {
            who = escort.name();
        }
        this.collectedBy = Require.text(who, "collectedBy", Escort.NAME_MAX_LENGTH);
        dischargedAt = now;
        dischargedBy = by;
    }

    /** Where the patient is on the day, as the flow board counts it. */
    public FlowStage flowStage() {
        return flowStage(status, dischargedAt != null);
    }

    /** The flow stage of a session in {@code status}, discharged or not (a completed session recovers until then). */
    public static FlowStage flowStage(SessionStatus status, boolean discharged) {
        return switch (status) {
            case BOOKED -> FlowStage.EXPECTED;
            case CHECKED_IN -> FlowStage.CHECKED_IN;
            case IN_PROCEDURE -> FlowStage.IN_PROCEDURE;
            case COMPLETED -> discharged ? FlowStage.DISCHARGED : FlowStage.RECOVERY;
            case NO_SHOW -> FlowStage.NO_SHOW;
            case CANCELLED -> FlowStage.CANCELLED;
        };
    }

    /** A session whose patient was treated: the procedure completed (not aborted). */
    public boolean treated() {
        return outcome == SessionOutcome.COMPLETED;
    }

    /** A newer preparation plan cannot be done before this session's day: staff must act on it. */
    public void preparationConflicts() {
        if (status == SessionStatus.BOOKED && preparationOverride == null) {
            preparationConflict = true;
        }
    }

    /** A clinician keeps the session despite the preparation conflict, with a reason. */
    public void overridePreparationConflict(String reason) {
        if (!preparationConflict) {
            throw DomainException.refused("session.preparationConflict.none");
        }
        preparationOverride = Require.text(reason, "reason", REASON_MAX_LENGTH);
        preparationConflict = false;
    }

    private void requireBooked(String messageKey) {
        if (status != SessionStatus.BOOKED) {
            throw DomainException.refused(messageKey, status);
        }
    }

    public boolean holdsItsResources() {
        return status.holdsItsResources();
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("start", start.toString());
        state.put("end", end.toString());
        state.put("room", room.name());
        state.put("radiologist", radiologist.name());
        state.put("anaesthetist", anaesthetist == null ? "" : anaesthetist.name());
        state.put("cancelReason", cancelReason == null ? "" : cancelReason);
        state.put("earliestDateOverride", earliestDateOverride == null ? "" : earliestDateOverride);
        state.put("preparationConflict", Boolean.toString(preparationConflict));
        state.put("preparationOverride", preparationOverride == null ? "" : preparationOverride);
        state.put("flow", flowStage().name());
        state.put("checkInOverride", checkInOverride == null ? "" : checkInOverride);
        state.put("outcome", outcome == null ? "" : outcome.name());
        state.put("outcomeNote", outcomeNote == null ? "" : outcomeNote);
        state.put("collectedBy", collectedBy == null ? "" : collectedBy);
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

    public ProcedureRoom room() {
        return room;
    }

    public Clinician radiologist() {
        return radiologist;
    }

    public Clinician anaesthetist() {
        return anaesthetist;
    }

    public Guidance guidance() {
        return guidance;
    }

    public Anaesthesia anaesthesia() {
        return anaesthesia;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public Instant turnoverEnd() {
        return turnoverEnd;
    }

    public Instant recoveryEnd() {
        return recoveryEnd;
    }

    public SessionStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Session rescheduledFrom() {
        return rescheduledFrom;
    }

    public String calendarUid() {
        return calendarUid;
    }

    public int calendarSequence() {
        return calendarSequence;
    }

    public String earliestDateOverride() {
        return earliestDateOverride;
    }

    public boolean preparationConflict() {
        return preparationConflict;
    }

    public String preparationOverride() {
        return preparationOverride;
    }

    /** Who takes the patient home, and whether that is confirmed. */
    public Escort escort() {
        return escort;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public String checkedInBy() {
        return checkedInBy;
    }

    public String checkInOverride() {
        return checkInOverride;
    }

    public Instant procedureStartedAt() {
        return procedureStartedAt;
    }

    public Instant procedureEndedAt() {
        return procedureEndedAt;
    }

    public SessionOutcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Instant dischargedAt() {
        return dischargedAt;
    }

    public String dischargedBy() {
        return dischargedBy;
    }

    public String collectedBy() {
        return collectedBy;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public String bookedBy() {
        return bookedBy;
    }
}
