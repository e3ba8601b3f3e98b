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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/**
 * A procedure room: the imaging it has (CT or ultrasound, which must match a session's guidance), its weekly opening
 * hours, and the turnover after each session (cleaning, setting up) during which nothing else starts there. A room
 * taken out of use stays on the sessions it hosted.
 */
@Entity
@Table(name = "PROCEDURE_ROOM")
public class ProcedureRoom {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int MAX_TURNOVER_MINUTES = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roomIds")
    @SequenceGenerator(name = "roomIds", sequenceName = "PROCEDURE_ROOM_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "NAME", length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "MODALITY", length = 16)
    private Guidance modality;

    @Column(name = "TURNOVER_MINUTES")
    private int turnoverMinutes;

    @Column(name = "ACTIVE")
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ROOM_HOURS", joinColumns = @JoinColumn(name = "ROOM_ID"))
    @OrderColumn(name = "POSITION")
    private List<WeeklyHours> openingHours = new ArrayList<>();

    @Version
    private long version;

    protected ProcedureRoom() {
    }

    public static ProcedureRoom open(String name, Guidance modality, int turnoverMinutes, List<WeeklyHours> hours) {
        ProcedureRoom room = new ProcedureRoom();
        room.describe(name, modality, turnoverMinutes, hours);
        room.active = true;
        return room;
    }

    /** The administrator changed the room's name, imaging, turnover or hours. Booked sessions keep their times. */
    public void describe(String newName, Guidance newModality, int newTurnoverMinutes, List<WeeklyHours> newHours) {
        name = Require.text(newName, "name", NAME_MAX_LENGTH);
        modality = Require.present(newModality, "modality");
        if (newTurnoverMinutes < 0 || newTurnoverMinutes > MAX_TURNOVER_MINUTES) {
            throw DomainException.invalid("turnoverMinutes", "validation.range", 0, MAX_TURNOVER_MINUTES);
        }
        turnoverMinutes = newTurnoverMinutes;
        openingHours = new ArrayList<>(WeekSchedule.checked(Require.present(newHours, "openingHours"), "openingHours"));
    }

    public void takeOutOfUse() {
        active = false;
    }

    public void bringIntoUse() {
        active = true;
    }

    /** True when the room is open on {@code day} from {@code from} to {@code to} (clinic wall-clock times). */
    public boolean isOpen(LocalDate day, LocalTime from, LocalTime to) {
        return active && WeekSchedule.holds(openingHours, day, from, to);
    }

    /** The room's opening spans on a weekday, in order. */
    public List<WeeklyHours> hoursOn(DayOfWeek weekday) {
        return WeekSchedule.on(openingHours, weekday);
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("modality", modality.name());
        state.put("turnoverMinutes", Integer.toString(turnoverMinutes));
        state.put("active", Boolean.toString(active));
        state.put("openingHours", openingHours.toString());
        return state;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Guidance modality() {
        return modality;
    }

    public int turnoverMinutes() {
        return turnoverMinutes;
    }

    public boolean active() {
        return active;
    }

    public List<WeeklyHours> openingHours() {
        return List.copyOf(openingHours);
    }
}
