package org.cryopath.domain.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.SchedulingRules;
import org.cryopath.domain.model.calendar.TimeOff;
import org.cryopath.domain.model.calendar.WeeklyHours;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the clinic's calendar, without a container: hours, closures, time off, turnover, recovery bays,
 * the interval between a case's sessions, the preparation's earliest date and its override, and both daylight-saving
 * change days of the clinic's zone (America/New_York).
 */
class AvailabilityTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** A Monday. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = at(DAY.minusDays(10), 9, 0);
    private static final long PATIENT = 100;
    private static final long CASE = 200;

    private final ProcedureRoom ct1 = withId(ProcedureRoom.open("CT 1", Guidance.CT, 30, everyDay(8, 0, 17, 0)), 1);
    private final ProcedureRoom ct2 = withId(ProcedureRoom.open("CT 2", Guidance.CT, 30, everyDay(8, 0, 17, 0)), 2);
    private final ProcedureRoom us = withId(ProcedureRoom.open("Ultrasound", Guidance.ULTRASOUND, 20,
            everyDay(8, 0, 17, 0)), 3);
    private final Clinician lee = withId(Clinician.join("Dr. Lee", ClinicianRole.RADIOLOGIST, everyDay(8, 0, 17, 0)), 11);
    private final Clinician ortiz = withId(Clinician.join("Dr. Ortiz", ClinicianRole.RADIOLOGIST, everyDay(8, 0, 17, 0)), 12);
    private final Clinician kaya = withId(Clinician.join("Dr. Kaya", ClinicianRole.ANAESTHETIST, everyDay(7, 30, 17, 30)), 21);
    private final SchedulingRules rules = rules(2, 240, 14);
    private final List<Busy> busy = new ArrayList<>();
    private Set<LocalDate> closures = Set.of();

    @Test
    void aSessionInsideTheRoomsAndTheClinicsHoursIsBookable() {
        assertThat(refusals(need(), place(ct1, 8, 0, lee, kaya))).isEmpty();
        assertThat(refusals(need(), place(ct1, 14, 30, lee, kaya))).as("ends 16:30, turnover to 17:00").isEmpty();
    }

    @Test
    void aSessionMustFitTheRoomsHoursWithItsTurnoverAndTheClinicians() {
        assertThat(keys(need(), place(ct1, 7, 30, lee, kaya))).contains("booking.room.closed", "booking.radiologist.away");
        assertThat(keys(need(), place(ct1, 14, 45, lee, kaya))).as("turnover ends 17:15").contains("booking.room.closed");
        Clinician mornings = withId(Clinician.join("Dr. Mornings", ClinicianRole.RADIOLOGIST, everyDay(8, 0, 12, 0)), 13);
        assertThat(keys(need(), new Availability.Placement(at(DAY, 11, 0), 1, 13, 21L), List.of(ct1), List.of(mornings, kaya)))
                .containsExactly("booking.radiologist.away");
    }

    @Test
    void aClosureOrTimeOffRefusesTheDay() {
        closures = Set.of(DAY);
        assertThat(keys(need(), place(ct1, 9, 0, lee, kaya))).containsExactly("booking.closure");
        closures = Set.of();
        lee.planTimeOff(List.of(TimeOff.of(DAY, DAY.plusDays(2), "Course")));
        assertThat(keys(need(), place(ct1, 9, 0, lee, kaya))).containsExactly("booking.radiologist.away");
        assertThat(keys(need(), place(ct1, 9, 0, ortiz, kaya))).isEmpty();
    }

    @Test
    void theRoomsTurnoverKeepsTheNextSessionOut() {
        busy.add(busy(1, 999, 1, 12, 22L, at(DAY, 8, 0), Duration.ofMinutes(120), 30, 240));

        assertThat(keys(need(), place(ct1, 10, 15, lee, kaya))).containsExactly("booking.room.busy");
        assertThat(keys(need(), place(ct1, 10, 30, lee, kaya))).isEmpty();
        assertThat(keys(need(), place(ct2, 9, 0, lee, kaya))).as("another room").isEmpty();
    }

    @Test
    void aClinicianOrThePatientCannotBeInTwoSessionsAtOnce() {
        busy.add(busy(1, 999, 2, 11, 21L, at(DAY, 8, 0), Duration.ofMinutes(120), 30, 240));

        assertThat(keys(need(), place(ct1, 9, 0, lee, kaya))).containsExactlyInAnyOrder("booking.radiologist.busy",
                "booking.anaesthetist.busy");
        assertThat(keys(need(), place(ct1, 10, 0, lee, kaya))).as("their procedure ended at 10:00").isEmpty();

        busy.clear();
        busy.add(busy(2, PATIENT, 2, 12, 22L, at(DAY, 8, 0), Duration.ofMinutes(60), 30, 240));
        assertThat(keys(need(), place(ct1, 12, 0, lee, kaya))).as("still in recovery until 13:00")
                .containsExactly("booking.patient.busy");
    }

    @Test
    void everyMomentOfTheRecoveryNeedsAFreeBay() {
        // Two bays; two patients recover 10:00-14:00 and 11:00-15:00
        busy.add(busy(1, 901, 2, 12, 22L, at(DAY, 8, 0), Duration.ofMinutes(120), 30, 240));
        busy.add(busy(2, 902, 3, 13, null, at(DAY, 9, 0), Duration.ofMinutes(120), 20, 240));

        assertThat(keys(need(), place(ct1, 9, 30, lee, kaya))).as("ends 11:30: both bays taken")
                .containsExactly("booking.recovery.full");
        assertThat(keys(need(), place(ct1, 12, 0, lee, kaya))).as("ends 14:00, when the first bay frees").isEmpty();
    }

    @Test
    void aCasesSessionsKeepTheMinimumIntervalBetweenThem() {
        Availability.Need need = need(List.of(DAY.minusDays(10)), DAY, false);
        assertThat(keys(need, place(ct1, 9, 0, lee, kaya))).containsExactly("booking.interval");
        assertThat(keys(need(List.of(DAY.minusDays(14)), DAY, false), place(ct1, 9, 0, lee, kaya))).isEmpty();
    }

    @Test
    void theEarliestDateHoldsUnlessAClinicianOverridesIt() {
        assertThat(keys(need(List.of(), DAY.plusDays(1), false), place(ct1, 9, 0, lee, kaya)))
                .containsExactly("booking.earliestDate");
        assertThat(keys(need(List.of(), DAY.plusDays(1), true), place(ct1, 9, 0, lee, kaya))).isEmpty();
    }

    @Test
    void theRoomsImagingTheAnaesthetistAndThePastAreChecked() {
        assertThat(keys(need(), place(us, 9, 0, lee, kaya))).containsExactly("booking.room.modality");
        assertThat(keys(need(), new Availability.Placement(at(DAY, 9, 0), 1, 11, null), List.of(ct1), List.of(lee, kaya)))
                .containsExactly("booking.anaesthetist.required");
        Availability.Need sedation = new Availability.Need(CASE, PATIENT, Guidance.CT, Anaesthesia.SEDATION,
                Duration.ofMinutes(90), DAY, false, List.of(), null, null);
        assertThat(keys(sedation, place(ct1, 9, 0, lee, kaya))).containsExactly("booking.anaesthetist.notNeeded");
        assertThat(keys(need(), new Availability.Placement(NOW.minusSeconds(3600), 1, 11, 21L), List.of(ct1),
                List.of(lee, kaya))).contains("booking.past");
    }

    @Test
    void aMovingSessionDoesNotBlockItsOwnNewTime() {
        busy.add(busy(7, PATIENT, 1, 11, 21L, at(DAY, 8, 0), Duration.ofMinutes(120), 30, 240));
        Availability.Need moving = new Availability.Need(CASE, PATIENT, Guidance.CT, Anaesthesia.GENERAL,
                Duration.ofMinutes(120), DAY, false, List.of(), 7L, null);

        assertThat(keys(moving, place(ct1, 9, 0, lee, kaya))).isEmpty();
        assertThat(keys(need(), place(ct1, 9, 0, lee, kaya))).isNotEmpty();
    }

    @Test
    void slotSearchOffersTheEarliestFreeTimesAndPrefersTheOneThatWastesLeast() {
        busy.add(busy(1, 901, 1, 12, 22L, at(DAY, 8, 0), Duration.ofMinutes(120), 30, 240));

        List<Availability.Slot> slots = availability(List.of(ct1, ct2, us), List.of(lee, ortiz, kaya))
                .search(need(), DAY, DAY.plusDays(3), 3);

        assertThat(slots).hasSize(3);
        assertThat(slots.get(0).start()).isEqualTo(at(DAY, 8, 0));
        assertThat(slots.get(0).room()).isEqualTo(ct2);
        assertThat(slots.get(0).anaesthetist()).isEqualTo(kaya);
        assertThat(slots).extracting(Availability.Slot::start).isSorted();
        assertThat(slots.get(1).start()).as("CT 2 again, as an alternative that does not overlap the first")
                .isEqualTo(at(DAY, 10, 0));
        assertThat(slots.get(1).room()).isEqualTo(ct2);
        assertThat(slots.get(2).start()).as("CT 1 is free right after the first session's turnover")
                .isEqualTo(at(DAY, 10, 30));
        assertThat(slots.get(2).room()).isEqualTo(ct1);
        assertThat(slots.get(2).wastedMinutes()).isZero();
        assertThat(slots).noneMatch(slot -> slot.room() == us);
    }

    @Test
    void atTheSameStartTheRoomLeftWithLessUnusableTimeComesFirst() {
        // CT 1 is taken from 10:45: a session there at 08:00 (turnover to 10:30) would leave 15 unusable minutes
        busy.add(busy(1, 901, 1, 12, 22L, at(DAY, 10, 45), Duration.ofMinutes(60), 30, 240));

        List<Availability.Slot> slots = availability(List.of(ct1, ct2), List.of(lee, ortiz, kaya))
                .search(need(), DAY, DAY, 2);

        assertThat(slots).extracting(slot -> slot.room().name()).containsExactly("CT 2", "CT 1");
        assertThat(slots).extracting(Availability.Slot::start).containsOnly(at(DAY, 8, 0));
        assertThat(slots).extracting(Availability.Slot::wastedMinutes).containsExactly(0, 15);
    }

    @Test
    void slotSearchSkipsClosuresAndStartsAtTheEarliestDate() {
        closures = Set.of(DAY.plusDays(2));
        List<Availability.Slot> slots = availability(List.of(ct1), List.of(lee, kaya))
                .search(need(List.of(), DAY.plusDays(2), false), DAY, DAY.plusDays(5), 1);

        assertThat(slots).singleElement().satisfies(slot -> assertThat(slot.start()).isEqualTo(at(DAY.plusDays(3), 8, 0)));
    }

    @Test
    void onBothDaylightSavingChangeDaysASessionStartsAtTheClockTimePickedAndLastsItsLength() {
        // 2027: clocks go forward on Sunday 14 March and back on Sunday 7 November, at 02:00
        for (LocalDate change : List.of(LocalDate.of(2027, 3, 14), LocalDate.of(2027, 11, 7))) {
            Availability availability = new Availability(ZONE, rules, List.of(ct1), List.of(lee, kaya), Set.of(),
                    List.of(), at(change.minusDays(30), 9, 0));
            Availability.Need need = need(List.of(), change, false);

            List<Availability.Slot> slots = availability.search(need, change, change, 2);

            assertThat(slots.get(0).start().atZone(ZONE).toLocalTime()).as(change.toString()).isEqualTo(LocalTime.of(8, 0));
            assertThat(slots.get(0).start().atZone(ZONE).toLocalDate()).isEqualTo(change);
            assertThat(Duration.between(slots.get(0).start(), slots.get(0).end())).isEqualTo(Duration.ofMinutes(120));
            assertThat(slots.get(0).end().atZone(ZONE).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            Instant ninePicked = ZonedDateTime.of(change, LocalTime.of(9, 0), ZONE).toInstant();
            assertThat(availability.refusals(need, new Availability.Placement(ninePicked, 1, 11, 21L))).isEmpty();
            assertThat(availability.refusals(need, new Availability.Placement(
                    ZonedDateTime.of(change, LocalTime.of(15, 30), ZONE).toInstant(), 1, 11, 21L)))
                    .extracting(DomainException::messageKey).as("ends 17:30 local").contains("booking.room.closed");
        }
    }

    private List<String> keys(Availability.Need need, Availability.Placement placement) {
        return refusals(need, placement).stream().map(DomainException::messageKey).toList();
    }

    private List<String> keys(Availability.Need need, Availability.Placement placement, List<ProcedureRoom> rooms,
            List<Clinician> clinicians) {
        return availability(rooms, clinicians).refusals(need, placement).stream().map(DomainException::messageKey).toList();
    }

    private List<DomainException> refusals(Availability.Need need, Availability.Placement placement) {
        return availability(List.of(ct1, ct2, us), List.of(lee, ortiz, kaya)).refusals(need, placement);
    }

    private Availability availability(List<ProcedureRoom> rooms, List<Clinician> clinicians) {
        return new Availability(ZONE, rules, rooms, clinicians, closures, busy, NOW);
    }

    private static Availability.Need need() {
        return need(List.of(), DAY, false);
    }

    private static Availability.Need need(List<LocalDate> otherDays, LocalDate earliest, boolean overridden) {
        return new Availability.Need(CASE, PATIENT, Guidance.CT, Anaesthesia.GENERAL, Duration.ofMinutes(120), earliest,
                overridden, otherDays, null, null);
    }

    private static Availability.Placement place(ProcedureRoom room, int hour, int minute, Clinician radiologist,
            Clinician anaesthetist) {
        return new Availability.Placement(at(DAY, hour, minute), room.id(), radiologist.id(), anaesthetist.id());
    }

    private static Busy busy(long id, long patient, long room, long radiologist, Long anaesthetist, Instant start,
            Duration length, int turnover, int recovery) {
        Instant end = start.plus(length);
        return new Busy(id, 900 + id, patient, room, radiologist, anaesthetist, start, end,
                end.plusSeconds(turnover * 60L), end.plusSeconds(recovery * 60L));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), ZONE).toInstant();
    }

    private static List<WeeklyHours> everyDay(int fromHour, int fromMinute, int toHour, int toMinute) {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> WeeklyHours.of(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute)))
                .toList();
    }

    private static SchedulingRules rules(int bays, int recovery, int intervalDays) {
        SchedulingRules rules = SchedulingRules.defaults();
        Map<TargetOrgan, Integer> lengths = new EnumMap<>(rules.sessionMinutes());
        rules.change(bays, recovery, intervalDays, 15, 60, 120, 120, lengths);
        return rules;
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
