package org.cryopath.web.interfaces.faces.session;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.ClinicCalendar;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.scheduling.application.SessionView;
import org.cryopath.web.interfaces.faces.support.ClinicTime;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The clinic's calendar of sessions ({@code /session/calendar.xhtml}): day and week views, of every session or of one
 * room, radiologist or anaesthetist. A booked session can be dragged to another time (the same room and team: every
 * rule is checked again, and a refusal says which) or opened to be moved with a dialog on its booking page.
 *
 * <p>The schedule shows the clinic's wall-clock time whatever the browser's zone: events are given as clinic-local
 * date-times and the schedule is told both its server and client zone are UTC, so nothing converts them.
 */
@Named
@ViewScoped
public class SessionCalendar implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "calendar";
    private static final String ALL = "all";

    @EJB
    transient SessionBooking booking;

    @EJB
    transient ClinicCalendar clinicCalendar;

    @Inject
    ClinicTime clinicTime;

    @Inject
    DomainErrors errors;

    private String shown = ALL;
    private List<SelectItem> choices;
    private SessionView selected;

    private final LazyScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Predicate<SessionView> filter = filter();
            booking.sessionsBetween(clinicTime.at(start.toLocalDate(), start.toLocalTime()),
                            clinicTime.at(end.toLocalDate(), end.toLocalTime())).stream()
                    .filter(session -> session.status().holdsItsResources())
                    .filter(filter)
                    .map(SessionCalendar.this::event)
                    .forEach(this::addEvent);
        }
    };

    /**
     * What the calendar can show: every session, or one room's, radiologist's or anaesthetist's, in one flat list
     * whose labels say which kind each is (a grouped list's headers are not options, which screen readers trip on).
     */
    public List<SelectItem> getChoices() {
        if (choices == null) {
            choices = new ArrayList<>();
            choices.add(new SelectItem(ALL, Texts.get("calendar.all")));
            clinicCalendar.rooms().stream().filter(ClinicCalendar.Room::active).forEach(room ->
                    choices.add(new SelectItem("room:" + room.id(), Texts.get("calendar.choice.room", room.name()))));
            for (ClinicianRole role : ClinicianRole.values()) {
                clinicCalendar.clinicians().stream().filter(c -> c.active() && c.role() == role).forEach(c ->
                        choices.add(new SelectItem(role.name().toLowerCase() + ":" + c.id(),
                                Texts.get("calendar.choice." + role, c.name()))));
            }
        }
        return choices;
    }

    private Predicate<SessionView> filter() {
        if (shown == null || ALL.equals(shown) || !shown.contains(":")) {
            return session -> true;
        }
        String kind = shown.substring(0, shown.indexOf(':'));
        long id = Long.parseLong(shown.substring(shown.indexOf(':') + 1));
        return switch (kind) {
            case "room" -> session -> session.roomId() == id;
            case "radiologist" -> session -> session.radiologistId() == id;
            case "anaesthetist" -> session -> session.anaesthetistId() != null && session.anaesthetistId() == id;
            default -> session -> true;
        };
    }

    private ScheduleEvent<Long> event(SessionView session) {
        boolean movable = session.status() == org.cryopath.domain.model.session.SessionStatus.BOOKED
                && session.start().isAfter(java.time.Instant.now());
        String team = session.anaesthetistName() == null ? session.radiologistName()
                : session.radiologistName() + ", " + session.anaesthetistName();
        return DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(session.id()))
                .title(session.roomName() + " · " + session.patientName() + " · " + team)
                .startDate(clinicTime.local(session.start()))
                .endDate(clinicTime.local(session.end()))
                .data(session.id())
                .draggable(movable)
                .resizable(false)
                .styleClass("session " + (session.preparationConflict() ? "session-conflict " : "")
                        + "session-" + session.status().name().toLowerCase())
                .build();
    }

    /** Opens a session: its details, and the way to its booking page to move or cancel it. */
    public void select(SelectEvent<ScheduleEvent<Long>> event) {
        selected = booking.session(event.getObject().getData()).orElse(null);
    }

    /** A session dragged to another time: moved there with the same room and team, if every rule allows. */
    public void move(ScheduleEntryMoveEvent event) {
        long sessionId = (Long) event.getScheduleEvent().getData();
        try {
            SessionView session = booking.session(sessionId).orElseThrow(() -> DomainException.refused("session.notFound"));
            LocalDateTime from = clinicTime.local(session.start());
            LocalDateTime to = from.plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta())
                    .plusDays(event.getDayDelta()).plusMinutes(event.getMinuteDelta());
            SessionView moved = booking.reschedule(sessionId, new SessionBooking.Request(
                    clinicTime.at(to.toLocalDate(), to.toLocalTime()), session.roomId(), session.radiologistId(),
                    session.anaesthetistId(), null, null));
            Messages.addGlobalInfo(Texts.get("session.moved", clinicTime.longDate(clinicTime.dayOf(moved.start())),
                    clinicTime.time(moved.start()), moved.roomName()));
        } catch (DomainException e) {
            errors.show(e, FORM);
        }
        // Shown as the database has it: the moved session where it went, or a refused one back where it was.
        PrimeFaces.current().ajax().update(FORM + ":schedule");
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getShown() {
        return shown;
    }

    public void setShown(String shown) {
        this.shown = shown;
    }

    public SessionView getSelected() {
        return selected;
    }

    /** The clinic's today, where the schedule opens. */
    public java.time.LocalDate getToday() {
        return clinicTime.today();
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        booking = ServiceReference.lookedUpOnFirstUse(SessionBooking.class);
        clinicCalendar = ServiceReference.lookedUpOnFirstUse(ClinicCalendar.class);
    }
}
