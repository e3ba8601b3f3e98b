package org.cryopath.web.interfaces.faces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.ClinicCalendar;
import org.cryopath.web.interfaces.faces.support.ClinicTime;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;

/**
 * The administrator keeps the clinic calendar ({@code /admin/calendar.xhtml}): procedure rooms with their guidance,
 * turnover and opening hours; radiologists and anaesthetists with their working hours and time off; the days the
 * clinic is closed; and the scheduling rules (recovery bays and time, session lengths by organ, slot search). The
 * service checks every change whole and audits it, so a refused change stores nothing; its refusals land on the
 * fields they name ({@code openingHours[1].closes} on the second row's closing time). Rooms and clinicians are few by
 * nature and closures are read a year or so ahead (the service caps them): each list is shown {@value #PAGE_SIZE} to
 * a page, and after a save the page holding the saved row.
 */
@Named
@ViewScoped
public class CalendarAdministration implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RULES_FORM = "rules";
    static final String ROOM_FORM = "room";
    static final String CLINICIAN_FORM = "clinician";
    static final String CLOSURE_FORM = "closure";
    /** Rows on one page of each list. */
    public static final int PAGE_SIZE = 10;
    /** What a new span of hours holds when there is no row above to follow. */
    private static final LocalTime DAY_STARTS = LocalTime.of(8, 0);
    private static final LocalTime DAY_ENDS = LocalTime.of(17, 0);

    @EJB
    transient ClinicCalendar calendar;

    @Inject
    DomainErrors errors;

    @Inject
    ClinicTime clinicTime;

    private List<ClinicCalendar.Room> rooms;
    private List<ClinicCalendar.Clinician> clinicians;
    private List<ClinicCalendar.Closure> closures;

    private Integer recoveryBays;
    private Integer recoveryMinutes;
    private Integer minIntervalDays;
    private Integer slotStepMinutes;
    private Integer minSessionMinutes;
    private Integer maxSessionMinutes;
    private Integer searchDays;
    private EnumMap<TargetOrgan, Integer> sessionMinutes = new EnumMap<>(TargetOrgan.class);

    private Long roomId;
    private String roomName;
    private Guidance roomModality;
    private Integer roomTurnover;
    private boolean roomActive;
    private List<SpanRow> openingHours;

    private Long clinicianId;
    private String clinicianName;
    private ClinicianRole clinicianRole;
    private boolean clinicianActive;
    private List<SpanRow> workingHours;
    private List<TimeOffRow> timeOff;

    private LocalDate closureDay;
    private String closureReason;

    @PostConstruct
    void load() {
        rooms = calendar.rooms();
        clinicians = calendar.clinicians();
        closures = calendar.closures(clinicTime.today());
        showRules(calendar.rules());
        newRoom();
        newClinician();
    }

    // The scheduling rules

    public void saveRules() {
        try {
            showRules(calendar.changeRules(new ClinicCalendar.Rules(recoveryBays, recoveryMinutes, minIntervalDays,
                    slotStepMinutes, minSessionMinutes, maxSessionMinutes, searchDays, Map.copyOf(sessionMinutes))));
            Messages.addGlobalInfo(Texts.get("admin.calendar.rules.saved"));
        } catch (DomainException e) {
            errors.show(e, RULES_FORM);
        }
    }

    private void showRules(ClinicCalendar.Rules rules) {
        recoveryBays = rules.recoveryBays();
        recoveryMinutes = rules.recoveryMinutes();
        minIntervalDays = rules.minIntervalDays();
        slotStepMinutes = rules.slotStepMinutes();
        minSessionMinutes = rules.minSessionMinutes();
        maxSessionMinutes = rules.maxSessionMinutes();
        searchDays = rules.searchDays();
        sessionMinutes = new EnumMap<>(TargetOrgan.class);
        sessionMinutes.putAll(rules.sessionMinutes());
    }

    // Rooms

    /** Empties the room editor for a new room. */
    public void newRoom() {
        roomId = null;
        roomName = null;
        roomModality = Guidance.CT;
        roomTurnover = 30;
        roomActive = true;
        openingHours = new ArrayList<>();
    }

    public void editRoom(ClinicCalendar.Room room) {
        roomId = room.id();
        roomName = room.name();
        roomModality = room.modality();
        roomTurnover = room.turnoverMinutes();
        roomActive = room.active();
        openingHours = SpanRow.of(room.openingHours());
    }

    public void saveRoom() {
        try {
            ClinicCalendar.RoomDetails details = new ClinicCalendar.RoomDetails(roomName, roomModality,
                    present(roomTurnover, "turnoverMinutes"), roomActive, SpanRow.spans(openingHours));
            ClinicCalendar.Room saved = roomId == null ? calendar.addRoom(details) : calendar.changeRoom(roomId, details);
            Messages.addGlobalInfo(Texts.get("admin.calendar.room.saved", saved.name()));
            rooms = calendar.rooms();
            showPageOf(":rooms:table", rooms, ClinicCalendar.Room::id, saved.id());
            newRoom();
        } catch (DomainException e) {
            errors.show(e, ROOM_FORM);
        }
    }

    /** A new row of weekly hours (a room's or a clinician's), after the last. */
    public void addHours(List<SpanRow> hours) {
        hours.add(SpanRow.after(hours));
    }

    public void removeHours(List<SpanRow> hours, SpanRow row) {
        hours.remove(row);
    }

    // Radiologists and anaesthetists

    /** Empties the clinician editor for a new radiologist or anaesthetist. */
    public void newClinician() {
        clinicianId = null;
        clinicianName = null;
        clinicianRole = ClinicianRole.RADIOLOGIST;
        clinicianActive = true;
        workingHours = new ArrayList<>();
        timeOff = new ArrayList<>();
    }

    public void editClinician(ClinicCalendar.Clinician clinician) {
        clinicianId = clinician.id();
        clinicianName = clinician.name();
        clinicianRole = clinician.role();
        clinicianActive = clinician.active();
        workingHours = SpanRow.of(clinician.workingHours());
        timeOff = new ArrayList<>(clinician.timeOff().stream().map(TimeOffRow::of).toList());
    }

    public void saveClinician() {
        try {
            ClinicCalendar.ClinicianDetails details = new ClinicCalendar.ClinicianDetails(clinicianName, clinicianRole,
                    clinicianActive, SpanRow.spans(workingHours), timeOff.stream().map(TimeOffRow::toRecord).toList());
            ClinicCalendar.Clinician saved = clinicianId == null ? calendar.addClinician(details)
                    : calendar.changeClinician(clinicianId, details);
            Messages.addGlobalInfo(Texts.get("admin.calendar.clinician.saved", saved.name()));
            clinicians = calendar.clinicians();
            showPageOf(":clinicians:table", clinicians, ClinicCalendar.Clinician::id, saved.id());
            newClinician();
        } catch (DomainException e) {
            errors.show(e, CLINICIAN_FORM);
        }
    }

    public void addTimeOff() {
        timeOff.add(new TimeOffRow());
    }

    public void removeTimeOff(TimeOffRow row) {
        timeOff.remove(row);
    }

    // Closures

    public void addClosure() {
        try {
            ClinicCalendar.Closure added = calendar.addClosure(closureDay, closureReason);
            Messages.addGlobalInfo(Texts.get("admin.calendar.closure.added", clinicTime.longDate(added.day())));
            closures = calendar.closures(clinicTime.today());
            showPageOf(":closures:table", closures, ClinicCalendar.Closure::id, added.id());
            closureDay = null;
            closureReason = null;
        } catch (DomainException e) {
            errors.show(e, CLOSURE_FORM);
        }
    }

    public void removeClosure(ClinicCalendar.Closure closure) {
        try {
            calendar.removeClosure(closure.id());
            Messages.addGlobalInfo(Texts.get("admin.calendar.closure.removed", clinicTime.longDate(closure.day())));
        } catch (DomainException e) {
            errors.show(e, CLOSURE_FORM);
        }
        closures = calendar.closures(clinicTime.today());
        // The last row of the last page gone: show the page before, not an empty one
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":closures:table") instanceof DataTable table
                && table.getFirst() >= closures.size()) {
            table.setFirst(Math.max(0, table.getFirst() - table.getRows()));
        }
    }

    /** A number the form may leave empty: refused on its field as the service refuses a missing value. */
    private static int present(Integer value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        return value;
    }

    /** Turns the table {@code tableId} to the page that holds the row with {@code id}. */
    private static <T> void showPageOf(String tableId, List<T> rows, ToLongFunction<T> idOf, long id) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        for (int index = 0; index < rows.size(); index++) {
            if (idOf.applyAsLong(rows.get(index)) == id && table instanceof DataTable dataTable) {
                dataTable.setFirst(index - index % dataTable.getRows());
            }
        }
    }

    // How the lists show hours and time off

    /** Weekly hours, a line a day: "Mon 08:00–12:00, 13:00–17:00", "Tue 08:00–17:00". */
    public String hours(List<ClinicCalendar.Span> spans) {
        if (spans.isEmpty()) {
            return Texts.get("admin.calendar.none");
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<DayOfWeek, String> byDay = spans.stream().collect(Collectors.groupingBy(ClinicCalendar.Span::day,
                () -> new EnumMap<>(DayOfWeek.class),
                Collectors.mapping(span -> span.opens() + "\u2013" + span.closes(), Collectors.joining(", "))));
        return byDay.entrySet().stream()
                .map(day -> day.getKey().getDisplayName(TextStyle.SHORT, locale) + " " + day.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** Time off that has not ended yet, in one line: "Dec 21, 2026 to Jan 3, 2027 (leave)". */
    public String timeOff(List<ClinicCalendar.DaysOff> periods) {
        LocalDate today = clinicTime.today();
        String coming = periods.stream().filter(period -> !period.lastDay().isBefore(today))
                .map(period -> Texts.get("admin.calendar.timeOff.period", clinicTime.date(period.firstDay()),
                        clinicTime.date(period.lastDay())) + (period.reason() == null ? "" : " (" + period.reason() + ")"))
                .collect(Collectors.joining("; "));
        return coming.isEmpty() ? Texts.get("admin.calendar.none") : coming;
    }

    // The lists and the choices

    public List<ClinicCalendar.Room> getRooms() {
        return rooms;
    }

    public List<ClinicCalendar.Clinician> getClinicians() {
        return clinicians;
    }

    public List<ClinicCalendar.Closure> getClosures() {
        return closures;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public List<Guidance> getModalities() {
        return List.of(Guidance.values());
    }

    public List<ClinicianRole> getClinicianRoles() {
        return List.of(ClinicianRole.values());
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public List<TargetOrgan> getOrgans() {
        return List.of(TargetOrgan.values());
    }

    // The rules' fields

    public Integer getRecoveryBays() {
        return recoveryBays;
    }

    public void setRecoveryBays(Integer recoveryBays) {
        this.recoveryBays = recoveryBays;
    }

    public Integer getRecoveryMinutes() {
        return recoveryMinutes;
    }

    public void setRecoveryMinutes(Integer recoveryMinutes) {
        this.recoveryMinutes = recoveryMinutes;
    }

    public Integer getMinIntervalDays() {
        return minIntervalDays;
    }

    public void setMinIntervalDays(Integer minIntervalDays) {
        this.minIntervalDays = minIntervalDays;
    }

    public Integer getSlotStepMinutes() {
        return slotStepMinutes;
    }

    public void setSlotStepMinutes(Integer slotStepMinutes) {
        this.slotStepMinutes = slotStepMinutes;
    }

    public Integer getMinSessionMinutes() {
        return minSessionMinutes;
    }

    public void setMinSessionMinutes(Integer minSessionMinutes) {
        this.minSessionMinutes = minSessionMinutes;
    }

    public Integer getMaxSessionMinutes() {
        return maxSessionMinutes;
    }

    public void setMaxSessionMinutes(Integer maxSessionMinutes) {
        this.maxSessionMinutes = maxSessionMinutes;
    }

    public Integer getSearchDays() {
        return searchDays;
    }

    public void setSearchDays(Integer searchDays) {
        this.searchDays = searchDays;
    }

    /** Minutes by organ, edited in place (the view converts each to an integer). */
    public Map<TargetOrgan, Integer> getSessionMinutes() {
        return sessionMinutes;
    }

    // The room editor's fields

    public Long getRoomId() {
        return roomId;
    }

    public String getRoomName() {
        return roomName;
    }

    public void setRoomName(String roomName) {
        this.roomName = roomName;
    }

    public Guidance getRoomModality() {
        return roomModality;
    }

    public void setRoomModality(Guidance roomModality) {
        this.roomModality = roomModality;
    }

    public Integer getRoomTurnover() {
        return roomTurnover;
    }

    public void setRoomTurnover(Integer roomTurnover) {
        this.roomTurnover = roomTurnover;
    }

    public boolean isRoomActive() {
        return roomActive;
    }

    public void setRoomActive(boolean roomActive) {
        this.roomActive = roomActive;
    }

    public List<SpanRow> getOpeningHours() {
        return openingHours;
    }

    // The clinician editor's fields

    public Long getClinicianId() {
        return clinicianId;
    }

    public String getClinicianName() {
        return clinicianName;
    }

    public void setClinicianName(String clinicianName) {
        this.clinicianName = clinicianName;
    }

    public ClinicianRole getClinicianRole() {
        return clinicianRole;
    }

    public void setClinicianRole(ClinicianRole clinicianRole) {
        this.clinicianRole = clinicianRole;
    }

    public boolean isClinicianActive() {
        return clinicianActive;
    }

    public void setClinicianActive(boolean clinicianActive) {
        this.clinicianActive = clinicianActive;
    }

    public List<SpanRow> getWorkingHours() {
        return workingHours;
    }

    public List<TimeOffRow> getTimeOff() {
        return timeOff;
    }

    // The closure's fields

    public LocalDate getClosureDay() {
        return closureDay;
    }

    public void setClosureDay(LocalDate closureDay) {
        this.closureDay = closureDay;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    /** One span of weekly hours while edited: a day, from, until (clinic wall-clock times). */
    public static class SpanRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private DayOfWeek day;
        private LocalTime opens;
        private LocalTime closes;

        static List<SpanRow> of(List<ClinicCalendar.Span> spans) {
            List<SpanRow> rows = new ArrayList<>();
            for (ClinicCalendar.Span span : spans) {
                SpanRow row = new SpanRow();
                row.day = span.day();
                row.opens = span.opens();
                row.closes = span.closes();
                rows.add(row);
            }
            return rows;
        }

        /** A new row: the day after the last row's, with its times, so a working week takes five clicks. */
        static SpanRow after(List<SpanRow> rows) {
            SpanRow row = new SpanRow();
            SpanRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            row.day = last == null || last.day == null ? DayOfWeek.MONDAY : last.day.plus(1);
            row.opens = last == null || last.opens == null ? DAY_STARTS : last.opens;
            row.closes = last == null || last.closes == null ? DAY_ENDS : last.closes;
            return row;
        }

        /** The rows in the order shown, so that a refusal's position names the row the administrator sees. */
        static List<ClinicCalendar.Span> spans(List<SpanRow> rows) {
            return rows.stream().map(row -> new ClinicCalendar.Span(row.day, row.opens, row.closes)).toList();
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public LocalTime getOpens() {
            return opens;
        }

        public void setOpens(LocalTime opens) {
            this.opens = opens;
        }

        public LocalTime getCloses() {
            return closes;
        }

        public void setCloses(LocalTime closes) {
            this.closes = closes;
        }
    }

    /** A clinician's days off while edited: first and last day included, and why. */
    public static class TimeOffRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate firstDay;
        private LocalDate lastDay;
        private String reason;

        static TimeOffRow of(ClinicCalendar.DaysOff off) {
            TimeOffRow row = new TimeOffRow();
            row.firstDay = off.firstDay();
            row.lastDay = off.lastDay();
            row.reason = off.reason();
            return row;
        }

        ClinicCalendar.DaysOff toRecord() {
            return new ClinicCalendar.DaysOff(firstDay, lastDay, reason);
        }

        public LocalDate getFirstDay() {
            return firstDay;
        }

        public void setFirstDay(LocalDate firstDay) {
            this.firstDay = firstDay;
        }

        public LocalDate getLastDay() {
            return lastDay;
        }

        public void setLastDay(LocalDate lastDay) {
            this.lastDay = lastDay;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        calendar = ServiceReference.lookedUpOnFirstUse(ClinicCalendar.class);
    }
}
