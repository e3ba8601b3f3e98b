package org.cryopath.web.interfaces.faces.session;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.CaseOverview;
import org.cryopath.scheduling.application.ClinicCalendar;
import org.cryopath.scheduling.application.Preparation;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.scheduling.application.SessionView;
import org.cryopath.scheduling.application.SlotView;
import org.cryopath.web.interfaces.faces.shell.Shell;
import org.cryopath.web.interfaces.faces.support.ClinicTime;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Booking a treatment case's sessions ({@code /session/book.xhtml?case=42}, or {@code &move=7} to move session 7):
 * the free slots the clinic's calendar suggests, each with why it is free, or a time picked by hand; the case's
 * sessions, to move, cancel with a reason, or, for a clinician, keep despite a newer plan's later earliest date.
 * Every booking goes through {@link SessionBooking}, which checks every rule again; a refusal is shown on the field it
 * concerns, a slot taken meanwhile at the top of the page, naming the rule and the resource.
 */
@Named
@ViewScoped
public class SessionBookingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BOOKING_FORM = "booking";
    static final String SESSIONS_FORM = "sessions";
    private static final int SLOTS_SHOWN = 10;

    @EJB
    transient SessionBooking booking;

    @EJB
    transient Preparation preparation;

    @EJB
    transient ClinicCalendar calendar;

    @Inject
    DomainErrors errors;

    @Inject
    ClinicTime clinicTime;

    @Inject
    Shell shell;

    private Long caseId;
    private Long moveId;
    private CaseOverview overview;
    private SessionBooking.CaseSchedule schedule;
    private List<ClinicCalendar.Room> rooms = List.of();
    private List<ClinicCalendar.Clinician> radiologists = List.of();
    private List<ClinicCalendar.Clinician> anaesthetists = List.of();

    // Find a slot
    private LocalDate from;
    private Long searchRadiologistId;
    private boolean overrideEarliestDate;
    private String overrideReason;
    private List<SlotView> slots;

    // Pick a time
    private LocalDate day;
    private LocalTime time;
    private Long roomId;
    private Long radiologistId;
    private Long anaesthetistId;
    private Integer durationMinutes;

    // Cancel or keep despite a preparation conflict (the dialogs)
    private Long chosenSessionId;
    private String reason;

    /** Loads the case of the view parameter; an unknown case is a 404, a session to move of another case too. */
    public void load() {
        overview = caseId == null ? null : preparation.caseOverview(caseId).orElse(null);
        if (overview == null) {
            Faces.responseSendError(404, "No such case");
            return;
        }
        rooms = calendar.rooms().stream().filter(ClinicCalendar.Room::active).toList();
        List<ClinicCalendar.Clinician> clinicians = calendar.clinicians().stream()
                .filter(ClinicCalendar.Clinician::active).toList();
        radiologists = clinicians.stream().filter(c -> c.role() == ClinicianRole.RADIOLOGIST).toList();
        anaesthetists = clinicians.stream().filter(c -> c.role() == ClinicianRole.ANAESTHETIST).toList();
        reloadSchedule();
        if (moveId != null && getMoving() == null) {
            Faces.responseSendError(404, "No such session of this case");
            return;
        }
        from = schedule.earliestDate();
        day = from;
    }

    /** The next free slots from the chosen day, with the named radiologist if one is chosen. */
    public void search() {
        try {
            slots = booking.freeSlots(caseId, new SessionBooking.SlotQuery(from, searchRadiologistId,
                    overrideEarliestDate, SLOTS_SHOWN, moveId));
        } catch (DomainException e) {
            slots = null;
            errors.show(e, BOOKING_FORM);
        }
    }

    /** Books (or, when moving a session, moves it to) a suggested slot. */
    public void bookSlot(SlotView slot) {
        place(new SessionBooking.Request(slot.start(), slot.roomId(), slot.radiologistId(), slot.anaesthetistId(), null,
                overrideEarliestDate ? overrideReason : null), BOOKING_FORM);
    }

    /** Books (or moves the session to) the time, room and team picked by hand. */
    public void bookPicked() {
        if (day == null || time == null) {
            errors.show(DomainException.invalid("start", "validation.required"), BOOKING_FORM);
            return;
        }
        place(new SessionBooking.Request(clinicTime.at(day, time), roomId, radiologistId,
                isGeneralAnaesthesia() ? anaesthetistId : null, durationMinutes,
                overrideEarliestDate ? overrideReason : null), BOOKING_FORM);
    }

    private void place(SessionBooking.Request request, String form) {
        boolean moving = moveId != null;
        act(() -> moving ? booking.reschedule(moveId, request) : booking.book(caseId, request),
                moving ? "session.moved" : "session.booked", form);
    }

    /** Chooses the session a dialog (cancel, keep despite a conflict) is about. */
    public void choose(long sessionId) {
        chosenSessionId = sessionId;
        reason = null;
    }

    public void cancel() {
        act(() -> booking.cancel(chosenSessionId, reason), "session.cancelled", SESSIONS_FORM);
    }

    public void keepDespiteConflict() {
        act(() -> booking.overridePreparationConflict(chosenSessionId, reason), "session.conflictOverridden",
                SESSIONS_FORM);
    }

    public void markNoShow(long sessionId) {
        act(() -> booking.markNoShow(sessionId), "session.noShowMarked", SESSIONS_FORM);
    }

    /**
     * Runs a booking change; done, the page is loaded afresh (the case's status, its sessions, what can still be
     * booked) with the confirmation kept across the redirect, so a reload repeats nothing.
     */
    private void act(Supplier<SessionView> action, String confirmationKey, String form) {
        try {
            SessionView session = action.get();
            Messages.addGlobalInfo(Texts.get(confirmationKey, clinicTime.longDate(clinicTime.dayOf(session.start())),
                    clinicTime.time(session.start()), session.roomName()));
            Faces.getFlash().setKeepMessages(true);
            Faces.redirect("session/book.xhtml?case=%s", caseId);
        } catch (DomainException e) {
            errors.show(e, form);
            // A refusal may come from a change made meanwhile (the slot taken): show the case as it is now.
            reloadSchedule();
        }
    }

    private void reloadSchedule() {
        schedule = booking.schedule(caseId);
    }

    /** The session being moved, or null. */
    public SessionView getMoving() {
        return sessionOfCase(moveId);
    }

    /** The session a dialog is about, or null. */
    public SessionView getChosen() {
        return sessionOfCase(chosenSessionId);
    }

    private SessionView sessionOfCase(Long sessionId) {
        return sessionId == null || schedule == null ? null : schedule.sessions().stream()
                .filter(s -> s.id() == sessionId).findFirst().orElse(null);
    }

    /** A booked session whose start has passed: the patient may be marked as not having come. */
    public boolean hasStarted(SessionView session) {
        return session.start().isBefore(java.time.Instant.now());
    }

    public boolean isGeneralAnaesthesia() {
        return overview != null && overview.anaesthesia() == Anaesthesia.GENERAL;
    }

    /** Booking is open once a plan is issued, and while sessions remain to be booked (or one is being moved). */
    public boolean isBookingOpen() {
        if (schedule == null || schedule.earliestDate() == null) {
            return false;
        }
        long holding = schedule.sessions().stream().filter(s -> s.status().holdsItsResources()).count();
        return moveId != null || holding < schedule.plannedSessions();
    }

    public boolean isClinician() {
        return shell.isClinician();
    }

    /** Why a suggested slot is free, in the page's language. */
    public String whyFree(SlotView slot) {
        String team = Optional.ofNullable(slot.anaesthetistName())
                .map(anaesthetist -> Texts.get("slot.why.withAnaesthetist", slot.radiologistName(), anaesthetist))
                .orElseGet(() -> Texts.get("slot.why.radiologist", slot.radiologistName()));
        return Texts.get("slot.why", slot.roomName(), team, slot.recoveryBaysLeft(), slot.wastedMinutes());
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getMove() {
        return moveId;
    }

    public void setMove(Long moveId) {
        this.moveId = moveId;
    }

    public CaseOverview getOverview() {
        return overview;
    }

    public SessionBooking.CaseSchedule getSchedule() {
        return schedule;
    }

    public List<ClinicCalendar.Room> getRooms() {
        return rooms;
    }

    public List<ClinicCalendar.Clinician> getRadiologists() {
        return radiologists;
    }

    public List<ClinicCalendar.Clinician> getAnaesthetists() {
        return anaesthetists;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public Long getSearchRadiologistId() {
        return searchRadiologistId;
    }

    public void setSearchRadiologistId(Long searchRadiologistId) {
        this.searchRadiologistId = searchRadiologistId;
    }

    public boolean isOverrideEarliestDate() {
        return overrideEarliestDate;
    }

    public void setOverrideEarliestDate(boolean overrideEarliestDate) {
        this.overrideEarliestDate = overrideEarliestDate;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public List<SlotView> getSlots() {
        return slots;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getRadiologistId() {
        return radiologistId;
    }

    public void setRadiologistId(Long radiologistId) {
        this.radiologistId = radiologistId;
    }

    public Long getAnaesthetistId() {
        return anaesthetistId;
    }

    public void setAnaesthetistId(Long anaesthetistId) {
        this.anaesthetistId = anaesthetistId;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        booking = ServiceReference.lookedUpOnFirstUse(SessionBooking.class);
        preparation = ServiceReference.lookedUpOnFirstUse(Preparation.class);
        calendar = ServiceReference.lookedUpOnFirstUse(ClinicCalendar.class);
    }
}
