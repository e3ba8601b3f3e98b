package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.calendar.ClinicClosure;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.SchedulingRules;
import org.cryopath.domain.model.calendar.TimeOff;
import org.cryopath.domain.model.calendar.WeeklyHours;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Violations;
import org.cryopath.scheduling.application.ClinicCalendar;

/** Staff read the clinic's calendar; only the administrator changes it. */
@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL", "ADMIN"})
public class ClinicCalendarBean implements ClinicCalendar {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    public List<Room> rooms() {
        return SessionReads.rooms(em).stream().map(ClinicCalendarBean::view).toList();
    }

    @Override
    public List<Clinician> clinicians() {
        return SessionReads.clinicians(em).stream().map(ClinicCalendarBean::view).toList();
    }

    @Override
    public List<Closure> closures(LocalDate from) {
        return em.createQuery("SELECT c FROM ClinicClosure c WHERE c.day >= :from ORDER BY c.day", ClinicClosure.class)
                .setParameter("from", from)
                .setMaxResults(400)
                .getResultStream().map(c -> new Closure(c.id(), c.day(), c.reason())).toList();
    }

    @Override
    public Rules rules() {
        return view(SessionReads.rules(em));
    }

    @Override
    @RolesAllowed("ADMIN")
    public Room addRoom(RoomDetails details) {
        CalendarSnapshots.changed(em);
        ProcedureRoom room = ProcedureRoom.open(details.name(), details.modality(), details.turnoverMinutes(),
                hours(details.openingHours(), "openingHours"));
        requireUniqueRoomName(room.name(), null);
        if (!details.active()) {
            room.takeOutOfUse();
        }
        em.persist(room);
        em.flush();
        audit.record("calendar.roomAdded", "ProcedureRoom", room.id(), null, null, room.auditState());
        return view(room);
    }

    @Override
    @RolesAllowed("ADMIN")
    public Room changeRoom(long roomId, RoomDetails details) {
        CalendarSnapshots.changed(em);
        ProcedureRoom room = Optional.ofNullable(em.find(ProcedureRoom.class, roomId))
                .orElseThrow(() -> DomainException.refused("calendar.room.notFound"));
        Map<String, String> before = room.auditState();
        room.describe(details.name(), details.modality(), details.turnoverMinutes(),
                hours(details.openingHours(), "openingHours"));
        requireUniqueRoomName(room.name(), room.id());
        if (details.active()) {
            room.bringIntoUse();
        } else {
            room.takeOutOfUse();
        }
        audit.record("calendar.roomChanged", "ProcedureRoom", room.id(), null, before, room.auditState());
        return view(room);
    }

    @Override
    @RolesAllowed("ADMIN")
    public Clinician addClinician(ClinicianDetails details) {
        CalendarSnapshots.changed(em);
        org.cryopath.domain.model.calendar.Clinician clinician = org.cryopath.domain.model.calendar.Clinician.join(
                details.name(), details.role(), hours(details.workingHours(), "workingHours"));
        clinician.planTimeOff(timeOff(details.timeOff()));
        if (!details.active()) {
            clinician.leave();
        }
        em.persist(clinician);
        em.flush();
        audit.record("calendar.clinicianAdded", "Clinician", clinician.id(), null, null, clinician.auditState());
        return view(clinician);
    }

    @Override
    @RolesAllowed("ADMIN")
    public Clinician changeClinician(long clinicianId, ClinicianDetails details) {
        CalendarSnapshots.changed(em);
        org.cryopath.domain.model.calendar.Clinician clinician = Optional.ofNullable(
                        em.find(org.cryopath.domain.model.calendar.Clinician.class, clinicianId))
                .orElseThrow(() -> DomainException.refused("calendar.clinician.notFound"));
        Map<String, String> before = clinician.auditState();
        clinician.describe(details.name(), hours(details.workingHours(), "workingHours"));
        clinician.planTimeOff(timeOff(details.timeOff()));
        if (details.active()) {
            clinician.rejoin();
        } else {
            clinician.leave();
        }
        audit.record("calendar.clinicianChanged", "Clinician", clinician.id(), null, before, clinician.auditState());
        return view(clinician);
    }

    @Override
    @RolesAllowed("ADMIN")
    public Closure addClosure(LocalDate day, String reason) {
        CalendarSnapshots.changed(em);
        ClinicClosure closure = ClinicClosure.on(day, reason);
        boolean taken = !em.createQuery("SELECT c FROM ClinicClosure c WHERE c.day = :day", ClinicClosure.class)
                .setParameter("day", closure.day()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.invalid("day", "calendar.closure.exists");
        }
        em.persist(closure);
        em.flush();
        audit.record("calendar.closureAdded", "ClinicClosure", closure.id(), null, null,
                Map.of("day", closure.day().toString(), "reason", closure.reason()));
        return new Closure(closure.id(), closure.day(), closure.reason());
    }

    @Override
    @RolesAllowed("ADMIN")
    public void removeClosure(long closureId) {
        CalendarSnapshots.changed(em);
        ClinicClosure closure = Optional.ofNullable(em.find(ClinicClosure.class, closureId))
                .orElseThrow(() -> DomainException.refused("calendar.closure.notFound"));
        em.remove(closure);
        audit.record("calendar.closureRemoved", "ClinicClosure", closureId, null,
                Map.of("day", closure.day().toString(), "reason", closure.reason()), null);
    }

    @Override
    @RolesAllowed("ADMIN")
    public Rules changeRules(Rules changed) {
        // locked and its version raised whatever changes (the session lengths are a collection of the row)
        SchedulingRules rules = em.find(SchedulingRules.class, SchedulingRules.THE_RULES,
                LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (rules == null) {
            rules = SchedulingRules.defaults();
            em.persist(rules);
        }
        Map<String, String> before = rules.auditState();
        rules.change(changed.recoveryBays(), changed.recoveryMinutes(), changed.minIntervalDays(),
                changed.slotStepMinutes(), changed.minSessionMinutes(), changed.maxSessionMinutes(), changed.searchDays(),
                changed.sessionMinutes());
        audit.record("calendar.rulesChanged", "SchedulingRules", SchedulingRules.THE_RULES, null, before,
                rules.auditState());
        return view(rules);
    }

    private void requireUniqueRoomName(String name, Long except) {
        boolean taken = em.createQuery("SELECT r FROM ProcedureRoom r WHERE r.name = :name", ProcedureRoom.class)
                .setParameter("name", name).getResultStream().anyMatch(r -> except == null || r.id() != except);
        if (taken) {
            throw DomainException.invalid("name", "calendar.room.nameTaken");
        }
    }

    /** The spans, each refused with its position when wrong ({@code openingHours[2].closes}). */
    private static List<WeeklyHours> hours(List<Span> spans, String field) {
        Violations violations = new Violations();
        List<WeeklyHours> hours = new ArrayList<>();
        List<Span> given = spans == null ? List.of() : spans;
        for (int i = 0; i < given.size(); i++) {
            Span span = given.get(i);
            WeeklyHours one = violations.check(field + "[" + i + "]",
                    () -> WeeklyHours.of(span.day(), span.opens(), span.closes()));
            if (one != null) {
                hours.add(one);
            }
        }
        violations.throwIfAny();
        return hours;
    }

    private static List<TimeOff> timeOff(List<DaysOff> days) {
        Violations violations = new Violations();
        List<TimeOff> off = new ArrayList<>();
        List<DaysOff> given = days == null ? List.of() : days;
        for (int i = 0; i < given.size(); i++) {
            DaysOff d = given.get(i);
            TimeOff one = violations.check("timeOff[" + i + "]", () -> TimeOff.of(d.firstDay(), d.lastDay(), d.reason()));
            if (one != null) {
                off.add(one);
            }
        }
        violations.throwIfAny();
        return off;
    }

    private static List<Span> spans(List<WeeklyHours> hours) {
        return hours.stream().map(h -> new Span(h.day(), h.opens(), h.closes())).toList();
    }

    static Room view(ProcedureRoom room) {
        return new Room(room.id(), room.name(), room.modality(), room.turnoverMinutes(), room.active(),
                spans(room.openingHours()));
    }

    static Clinician view(org.cryopath.domain.model.calendar.Clinician clinician) {
        return new Clinician(clinician.id(), clinician.name(), clinician.role(), clinician.active(),
                spans(clinician.workingHours()), clinician.timeOff().stream()
                        .map(t -> new DaysOff(t.firstDay(), t.lastDay(), t.reason())).toList());
    }

    static Rules view(SchedulingRules rules) {
        return new Rules(rules.recoveryBays(), rules.recoveryMinutes(), rules.minIntervalDays(), rules.slotStepMinutes(),
                rules.minSessionMinutes(), rules.maxSessionMinutes(), rules.searchDays(), rules.sessionMinutes());
    }
}
