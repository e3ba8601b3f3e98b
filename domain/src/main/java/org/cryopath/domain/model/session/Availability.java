package org.cryopath.domain.model.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.SchedulingRules;
import org.cryopath.domain.model.calendar.WeeklyHours;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.shared.DomainException;

/**
 * The clinic's calendar at one moment, and every rule a session must keep in it: the room's imaging and opening
 * hours, the radiologist's (and under general anaesthesia an anaesthetist's) working hours and time off, closures, no
 * overlap with another session of the same room (turnover included), clinician or patient, a free recovery bay for
 * the whole recovery time, the preparation's earliest date (unless a clinician overrode it) and the clinic's minimum
 * interval between sessions of one case. Slot search and the booking check use the same rules, here, with no
 * container: the booking service feeds it the busy sessions it read under its locks.
 *
 * <p>All clock times are the clinic's ({@code zone}); instants are UTC. A session on a daylight-saving change day
 * starts at the wall-clock time chosen, and lasts its length in real minutes.
 */
public final class Availability {

    /** What a case needs of a session. */
    public record Need(long caseId, long patientId, Guidance guidance, Anaesthesia anaesthesia, Duration length,
            LocalDate earliestDay, boolean earliestOverridden, List<LocalDate> otherSessionDays, Long movingSessionId,
            Long preferredRadiologistId) {

        public Need {
            otherSessionDays = List.copyOf(otherSessionDays);
        }
    }

    /** One session as staff place it: when, where, with whom. */
    public record Placement(Instant start, long roomId, long radiologistId, Long anaesthetistId) {
    }

    /**
     * A free slot and why it is free: the room open and free, the radiologist (and anaesthetist) at work and free,
     * how many recovery bays stay free, and how many minutes of the room's day it would leave unusable.
     */
    public record Slot(Instant start, Instant end, ProcedureRoom room, Clinician radiologist, Clinician anaesthetist,
            int recoveryBaysLeft, int wastedMinutes) {
    }

    private final ZoneId zone;
    private final SchedulingRules rules;
    private final List<ProcedureRoom> rooms;
    private final Map<Long, ProcedureRoom> roomsById = new HashMap<>();
    private final Map<Long, Clinician> cliniciansById = new HashMap<>();
    private final List<Clinician> radiologists;
    private final List<Clinician> anaesthetists;
    private final Set<LocalDate> closures;
    private final Instant now;
    // each resource's sessions, and their timeline made when the resource is first asked about: a search reads a
    // thousand sessions of every room, clinician and patient, and asks about a few of them
    private final Map<Long, List<Busy>> ofRoom = new HashMap<>();
    private final Map<Long, Timeline> byRoom = new HashMap<>();
    private final Map<Long, List<Busy>> ofClinician = new HashMap<>();
    private final Map<Long, Timeline> byClinician = new HashMap<>();
    private final Map<Long, List<Busy>> ofPatient = new HashMap<>();
    private final Map<Long, Timeline> byPatient = new HashMap<>();
    private final Timeline recovering;

    public Availability(ZoneId zone, SchedulingRules rules, Collection<ProcedureRoom> rooms,
            Collection<Clinician> clinicians, Set<LocalDate> closures, Collection<Busy> busy, Instant now) {
        this.zone = zone;
        this.rules = rules;
        this.rooms = rooms.stream().sorted(Comparator.comparing(ProcedureRoom::name)).toList();
        this.rooms.forEach(room -> roomsById.put(room.id(), room));
        clinicians.forEach(clinician -> cliniciansById.put(clinician.id(), clinician));
        this.radiologists = clinicians.stream().filter(c -> c.role() == ClinicianRole.RADIOLOGIST)
                .sorted(Comparator.comparing(Clinician::name)).toList();
        this.anaesthetists = clinicians.stream().filter(c -> c.role() == ClinicianRole.ANAESTHETIST)
                .sorted(Comparator.comparing(Clinician::name)).toList();
        this.closures = Set.copyOf(closures);
        this.now = now;
        for (Busy session : busy) {
            ofRoom.computeIfAbsent(session.roomId(), key -> new ArrayList<>()).add(session);
            ofClinician.computeIfAbsent(session.radiologistId(), key -> new ArrayList<>()).add(session);
            if (session.anaesthetistId() != null) {
                ofClinician.computeIfAbsent(session.anaesthetistId(), key -> new ArrayList<>()).add(session);
            }
            ofPatient.computeIfAbsent(session.patientId(), key -> new ArrayList<>()).add(session);
        }
        recovering = new Timeline(busy, Busy::end, Busy::recoveryEnd);
    }

    /** Every rule {@code placement} breaks for {@code need}, each on its field; empty when it can be booked. */
    public List<DomainException> refusals(Need need, Placement placement) {
        List<DomainException> refusals = new ArrayList<>();
        Instant start = placement.start();
        Instant end = start.plus(need.length());
        LocalDate day = LocalDate.ofInstant(start, zone);
        LocalTime from = start.atZone(zone).toLocalTime();
        if (!start.isAfter(now)) {
            refusals.add(DomainException.invalid("start", "booking.past"));
        }
        if (closures.contains(day)) {
            refusals.add(DomainException.invalid("start", "booking.closure", day));
        }
        if (day.isBefore(need.earliestDay()) && !need.earliestOverridden()) {
            refusals.add(DomainException.invalid("start", "booking.earliestDate", need.earliestDay()));
        }
        tooClose(need, day).ifPresent(other -> refusals.add(DomainException.invalid("start", "booking.interval",
                rules.minIntervalDays(), other)));

        ProcedureRoom room = roomsById.get(placement.roomId());
        if (room == null) {
            refusals.add(DomainException.invalid("roomId", "booking.room.unknown"));
        } else {
            Instant turnoverEnd = end.plus(Duration.ofMinutes(room.turnoverMinutes()));
            if (room.modality() != need.guidance() || !room.active()) {
                refusals.add(DomainException.invalid("roomId", "booking.room.modality", room.name(), need.guidance()));
            } else if (!room.isOpen(day, from, localTime(turnoverEnd, day))) {
                refusals.add(DomainException.invalid("start", "booking.room.closed", room.name()));
            }
            if (roomBusy(room.id(), start, turnoverEnd, need)) {
                refusals.add(DomainException.invalid("start", "booking.room.busy", room.name()));
            }
        }
        checkClinician(refusals, RADIOLOGIST, cliniciansById.get(placement.radiologistId()), day, from, start, end,
                need);
        if (need.anaesthesia() == Anaesthesia.GENERAL) {
            if (placement.anaesthetistId() == null) {
                refusals.add(DomainException.invalid("anaesthetistId", "booking.anaesthetist.required"));
            } else {
                checkClinician(refusals, ANAESTHETIST, cliniciansById.get(placement.anaesthetistId()), day, from, start,
                        end, need);
            }
        } else if (placement.anaesthetistId() != null) {
            refusals.add(DomainException.invalid("anaesthetistId", "booking.anaesthetist.notNeeded"));
        }
        if (patientBusy(need, start, end.plus(rules.recovery()))) {
            refusals.add(DomainException.invalid("start", "booking.patient.busy"));
        }
        if (recoveryBaysLeft(end, end.plus(rules.recovery()), need) < 1) {
            refusals.add(DomainException.invalid("start", "booking.recovery.full", rules.recoveryBays()));
        }
        return refusals;
    }

    /** How a clinician's rule is refused: the field, the role it needs, and the message of each fault. */
    private record ClinicianRule(String field, ClinicianRole role, String unknownKey, String awayKey, String busyKey) {
    }

    private static final ClinicianRule RADIOLOGIST = new ClinicianRule("radiologistId", ClinicianRole.RADIOLOGIST,
            "booking.radiologist.unknown", "booking.radiologist.away", "booking.radiologist.busy");
    private static final ClinicianRule ANAESTHETIST = new ClinicianRule("anaesthetistId", ClinicianRole.ANAESTHETIST,
            "booking.anaesthetist.unknown", "booking.anaesthetist.away", "booking.anaesthetist.busy");

    private void checkClinician(List<DomainException> refusals, ClinicianRule rule, Clinician clinician, LocalDate day,
            LocalTime from, Instant start, Instant end, Need need) {
        if (clinician == null || clinician.role() != rule.role()) {
            refusals.add(DomainException.invalid(rule.field(), rule.unknownKey()));
            return;
        }
        if (!clinician.isAtWork(day, from, localTime(end, day))) {
            refusals.add(DomainException.invalid(rule.field(), rule.awayKey(), clinician.name()));
        }
        if (clinicianBusy(clinician.id(), start, end, need)) {
            refusals.add(DomainException.invalid(rule.field(), rule.busyKey(), clinician.name()));
        }
    }

    /**
     * The first free slots for {@code need} from {@code firstDay} to {@code lastDay}: earliest first, then the one
     * that leaves the least unusable time in the room's day. Alternatives in one room on one day do not overlap.
     */
    public List<Slot> search(Need need, LocalDate firstDay, LocalDate lastDay, int maxSlots) {
        List<Slot> found = new ArrayList<>();
        LocalDate from = need.earliestOverridden() || firstDay.isAfter(need.earliestDay()) ? firstDay : need.earliestDay();
        for (LocalDate day = from; !day.isAfter(lastDay) && found.size() < maxSlots; day = day.plusDays(1)) {
            if (closures.contains(day) || tooClose(need, day).isPresent()) {
                continue;
            }
            List<Slot> ofDay = new ArrayList<>();
            for (ProcedureRoom room : rooms) {
                if (room.active() && room.modality() == need.guidance()) {
                    slotsIn(room, day, need, ofDay);
                }
            }
            ofDay.sort(Comparator.comparing(Slot::start).thenComparingInt(Slot::wastedMinutes)
                    .thenComparing(slot -> slot.room().name()));
            for (Slot slot : ofDay) {
                if (found.size() == maxSlots) {
                    break;
                }
                boolean overlapsAnother = found.stream().anyMatch(other -> other.room().id() == slot.room().id()
                        && other.start().isBefore(slot.end()) && slot.start().isBefore(other.end()));
                if (!overlapsAnother) {
                    found.add(slot);
                }
            }
        }
        return found;
    }

    private void slotsIn(ProcedureRoom room, LocalDate day, Need need, List<Slot> slots) {
        Duration turnover = Duration.ofMinutes(room.turnoverMinutes());
        for (WeeklyHours span : room.hoursOn(day.getDayOfWeek())) {
            for (LocalTime at = span.opens(); ; at = at.plusMinutes(rules.slotStepMinutes())) {
                Instant start = ZonedDateTime.of(day, at, zone).toInstant();
                Instant end = start.plus(need.length());
                Instant turnoverEnd = end.plus(turnover);
                LocalTime until = localTime(turnoverEnd, day);
                if (until.isAfter(span.closes()) || !until.isAfter(at) || at.isBefore(span.opens())) {
                    break;
                }
                if (start.isAfter(now) && !roomBusy(room.id(), start, turnoverEnd, need)
                        && !patientBusy(need, start, end.plus(rules.recovery()))) {
                    int baysLeft = recoveryBaysLeft(end, end.plus(rules.recovery()), need);
                    Optional<Clinician> radiologist = freeClinician(radiologists, need.preferredRadiologistId(), day,
                            at, start, end, need);
                    Optional<Clinician> anaesthetist = need.anaesthesia() == Anaesthesia.GENERAL
                            ? freeClinician(anaesthetists, null, day, at, start, end, need) : Optional.empty();
                    if (baysLeft >= 1 && radiologist.isPresent()
                            && (need.anaesthesia() != Anaesthesia.GENERAL || anaesthetist.isPresent())) {
                        slots.add(new Slot(start, end, room, radiologist.get(), anaesthetist.orElse(null), baysLeft - 1,
                                wastedMinutes(room, span, day, start, turnoverEnd, need)));
                    }
                }
                if (at.plusMinutes(rules.slotStepMinutes()).isBefore(at)) {
                    break; // past midnight
                }
            }
        }
    }

    private Optional<Clinician> freeClinician(List<Clinician> candidates, Long preferred, LocalDate day, LocalTime from,
            Instant start, Instant end, Need need) {
        LocalTime to = localTime(end, day);
        return candidates.stream()
                .filter(c -> preferred == null || c.id() == preferred)
                .filter(c -> c.isAtWork(day, from, to) && !clinicianBusy(c.id(), start, end, need))
                .findFirst();
    }

    /**
     * The minutes of the room's opening span that this slot would leave too short for any session: the gap before it
     * (since the previous session's turnover, or the opening) and after it (until the next session, or closing).
     */
    private int wastedMinutes(ProcedureRoom room, WeeklyHours span, LocalDate day, Instant start, Instant turnoverEnd,
            Need need) {
        Instant opens = ZonedDateTime.of(day, span.opens(), zone).toInstant();
        Instant closes = ZonedDateTime.of(day, span.closes(), zone).toInstant();
        Instant previousEnd = opens;
        Instant nextStart = closes;
        for (Busy session : ofRoom.getOrDefault(room.id(), List.of())) {
            if (moving(session, need)) {
                continue;
            }
            if (!session.turnoverEnd().isAfter(start) && session.turnoverEnd().isAfter(previousEnd)) {
                previousEnd = session.turnoverEnd();
            }
            if (!session.start().isBefore(turnoverEnd) && session.start().isBefore(nextStart)) {
                nextStart = session.start();
            }
        }
        long shortest = rules.minSessionMinutes() + room.turnoverMinutes();
        long before = Math.max(0, ChronoUnit.MINUTES.between(previousEnd, start));
        long after = Math.max(0, ChronoUnit.MINUTES.between(turnoverEnd, nextStart));
        return (int) ((before < shortest ? before : 0) + (after < shortest ? after : 0));
    }

    private boolean roomBusy(long room, Instant from, Instant to, Need need) {
        return byRoom.computeIfAbsent(room, key -> new Timeline(ofRoom.getOrDefault(key, List.of()), Busy::start,
                        Busy::turnoverEnd))
                .any(from, to, session -> !moving(session, need) && session.holdsRoom(room, from, to));
    }

    private boolean clinicianBusy(long clinician, Instant from, Instant to, Need need) {
        return byClinician.computeIfAbsent(clinician, key -> new Timeline(ofClinician.getOrDefault(key, List.of()),
                        Busy::start, Busy::end))
                .any(from, to, session -> !moving(session, need) && session.holdsClinician(clinician, from, to));
    }

    private boolean patientBusy(Need need, Instant from, Instant to) {
        return byPatient.computeIfAbsent(need.patientId(), patient -> new Timeline(
                        ofPatient.getOrDefault(patient, List.of()), Busy::start, Busy::recoveryEnd))
                .any(from, to, session -> !moving(session, need) && session.holdsPatient(need.patientId(), from, to));
    }

    /**
     * Recovery bays still free through all of {@code from} to {@code to}: the bays less the most sessions recovering at
     * any one moment of it.
     */
    private int recoveryBaysLeft(Instant from, Instant to, Need need) {
        List<Busy> overlapping = recovering.during(from, to,
                session -> !moving(session, need) && session.inRecoveryDuring(from, to));
        int most = 0;
        for (Busy candidate : overlapping) {
            Instant moment = candidate.end().isAfter(from) ? candidate.end() : from;
            int atOnce = 0;
            for (Busy other : overlapping) {
                if (!other.end().isAfter(moment) && other.recoveryEnd().isAfter(moment)) {
                    atOnce++;
                }
            }
            most = Math.max(most, atOnce);
        }
        return rules.recoveryBays() - most;
    }

    private Optional<LocalDate> tooClose(Need need, LocalDate day) {
        return need.otherSessionDays().stream()
                .filter(other -> Math.abs(ChronoUnit.DAYS.between(other, day)) < rules.minIntervalDays())
                .findFirst();
    }

    private static boolean moving(Busy session, Need need) {
        return need.movingSessionId() != null && session.sessionId() == need.movingSessionId();
    }

    /** The wall-clock time of {@code instant}, or the end of the day when it falls on a later day. */
    private LocalTime localTime(Instant instant, LocalDate day) {
        ZonedDateTime local = instant.atZone(zone);
        return local.toLocalDate().isAfter(day) ? LocalTime.MAX : local.toLocalTime();
    }
}
