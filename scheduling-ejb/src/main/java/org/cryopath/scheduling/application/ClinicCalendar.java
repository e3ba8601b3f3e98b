package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Guidance;

/**
 * The clinic's calendar as the administrator keeps it: procedure rooms, radiologists and anaesthetists with their
 * hours and time off, closures, and the scheduling rules. Staff read it; the administrator changes it. Every change
 * is audited; booked sessions keep their own times, so no change rewrites history.
 */
@Local
public interface ClinicCalendar {

    /** One span of weekly hours, clinic wall-clock time. */
    record Span(DayOfWeek day, LocalTime opens, LocalTime closes) implements Serializable {
    }

    /** Days off, first to last included. */
    record DaysOff(LocalDate firstDay, LocalDate lastDay, String reason) implements Serializable {
    }

    record Room(long id, String name, Guidance modality, int turnoverMinutes, boolean active, List<Span> openingHours)
            implements Serializable {
    }

    record RoomDetails(String name, Guidance modality, int turnoverMinutes, boolean active, List<Span> openingHours) {
    }

    record Clinician(long id, String name, ClinicianRole role, boolean active, List<Span> workingHours,
            List<DaysOff> timeOff) implements Serializable {
    }

    record ClinicianDetails(String name, ClinicianRole role, boolean active, List<Span> workingHours,
            List<DaysOff> timeOff) {
    }

    record Closure(long id, LocalDate day, String reason) implements Serializable {
    }

    record Rules(int recoveryBays, int recoveryMinutes, int minIntervalDays, int slotStepMinutes, int minSessionMinutes,
            int maxSessionMinutes, int searchDays, Map<TargetOrgan, Integer> sessionMinutes) {
    }

    List<Room> rooms();

    List<Clinician> clinicians();

    /** Closures from {@code from} on, by date. */
    List<Closure> closures(LocalDate from);

    Rules rules();

    Room addRoom(RoomDetails details);

    Room changeRoom(long roomId, RoomDetails details);

    Clinician addClinician(ClinicianDetails details);

    Clinician changeClinician(long clinicianId, ClinicianDetails details);

    Closure addClosure(LocalDate day, String reason);

    void removeClosure(long closureId);

    Rules changeRules(Rules rules);
}
