package org.cryopath.domain.model.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A radiologist or an anaesthetist as the session calendar sees them: weekly working hours and time off. A session
 * needs its radiologist at work for the whole procedure, and under general anaesthesia an anaesthetist too.
 */
@Entity
@Table(name = "CLINICIAN")
public class Clinician {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int MAX_TIME_OFF = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinicianIds")
    @SequenceGenerator(name = "clinicianIds", sequenceName = "CLINICIAN_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "NAME", length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", length = 16)
    private ClinicianRole role;

    @Column(name = "ACTIVE")
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CLINICIAN_HOURS", joinColumns = @JoinColumn(name = "CLINICIAN_ID"))
    @OrderColumn(name = "POSITION")
    private List<WeeklyHours> workingHours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CLINICIAN_TIME_OFF", joinColumns = @JoinColumn(name = "CLINICIAN_ID"))
    @OrderColumn(name = "POSITION")
    private List<TimeOff> timeOff = new ArrayList<>();

    @Version
    private long version;

    protected Clinician() {
    }

    public static Clinician join(String name, ClinicianRole role, List<WeeklyHours> hours) {
        Clinician clinician = new Clinician();
        clinician.name = Require.text(name, "name", NAME_MAX_LENGTH);
        clinician.role = Require.present(role, "role");
        clinician.workingHours = new ArrayList<>(WeekSchedule.checked(Require.present(hours, "workingHours"),
                "workingHours"));
        clinician.active = true;
        return clinician;
    }

    /** The administrator changed the name or the weekly hours. Booked sessions keep their times. */
    public void describe(String newName, List<WeeklyHours> newHours) {
        name = Require.text(newName, "name", NAME_MAX_LENGTH);
        workingHours = new ArrayList<>(WeekSchedule.checked(Require.present(newHours, "workingHours"), "workingHours"));
    }

    /** The clinician's time off, replaced as a whole (in date order). */
    public void planTimeOff(List<TimeOff> newTimeOff) {
        if (newTimeOff.size() > MAX_TIME_OFF) {
            throw DomainException.invalid("timeOff", "calendar.timeOff.tooMany", MAX_TIME_OFF);
        }
        List<TimeOff> sorted = new ArrayList<>(newTimeOff);
        sorted.sort(Comparator.comparing(TimeOff::firstDay));
        timeOff = sorted;
    }

    public void leave() {
        active = false;
    }

    public void rejoin() {
        active = true;
    }

    /** True when the clinician works on {@code day} from {@code from} to {@code to}, and has no time off that day. */
    public boolean isAtWork(LocalDate day, LocalTime from, LocalTime to) {
        return active && !isOff(day) && WeekSchedule.holds(workingHours, day, from, to);
    }

    public boolean isOff(LocalDate day) {
        return timeOff.stream().anyMatch(off -> off.covers(day));
    }

    public List<WeeklyHours> hoursOn(DayOfWeek weekday) {
        return WeekSchedule.on(workingHours, weekday);
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("role", role.name());
        state.put("active", Boolean.toString(active));
        state.put("workingHours", workingHours.toString());
        state.put("timeOff", timeOff.toString());
        return state;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ClinicianRole role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public List<WeeklyHours> workingHours() {
        return List.copyOf(workingHours);
    }

    public List<TimeOff> timeOff() {
        return List.copyOf(timeOff);
    }
}
