package org.cryopath.scheduling.infrastructure.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.calendar.ClinicClosure;
import org.cryopath.domain.model.calendar.Clinician;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.calendar.ProcedureRoom;
import org.cryopath.domain.model.calendar.TimeOff;
import org.cryopath.domain.model.calendar.WeeklyHours;
import org.cryopath.domain.model.link.LinkPurpose;
import org.cryopath.domain.model.link.PatientLink;
import org.cryopath.domain.model.preparation.PreparationIssued;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.Guidance;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.scheduling.application.ReferralRegistration;
import org.cryopath.scheduling.application.SessionBooking;
import org.cryopath.scheduling.application.internal.ProtocolVersions;
import org.cryopath.scheduling.application.internal.SessionBooker;

/**
 * The demo database's clinic: three procedure rooms (two CT, one ultrasound) open on weekdays, four radiologists (one
 * with time off next week), two anaesthetists, the default four recovery bays, the next Christmas Day and New Year's
 * Day closed, and a few patients whose treatment is prepared and whose sessions are booked in the coming weeks, so a
 * newcomer sees a living calendar. The sessions go through the real booking, with every rule checked.
 */
@ApplicationScoped
class DemoClinic {

    private static final Logger LOG = Logger.getLogger(DemoClinic.class.getName());
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @EJB
    SessionBooker booker;

    @Inject
    Event<PreparationIssued> issued;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    private final List<ProcedureRoom> ct = new ArrayList<>();
    private final List<ProcedureRoom> ultrasound = new ArrayList<>();
    private final List<Clinician> radiologists = new ArrayList<>();
    private final List<Clinician> anaesthetists = new ArrayList<>();

    /** The rooms, clinicians and closures; only when the calendar is empty. */
    void createCalendar() {
        if (em.createQuery("SELECT COUNT(r) FROM ProcedureRoom r", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = clinic.dateAt(clock.instant());
        ct.add(room("CT 1", Guidance.CT, 30));
        ct.add(room("CT 2", Guidance.CT, 30));
        ultrasound.add(room("Ultrasound 1", Guidance.ULTRASOUND, 20));
        for (String name : List.of("Dr. Amara Nwosu", "Dr. Ben Carter", "Dr. Chen Wei", "Dr. Daniela Ortiz")) {
            radiologists.add(clinician(name, ClinicianRole.RADIOLOGIST, LocalTime.of(8, 0), LocalTime.of(17, 0)));
        }
        LocalDate nextMonday = today.plusDays(8 - today.getDayOfWeek().getValue());
        radiologists.get(3).planTimeOff(List.of(TimeOff.of(nextMonday, nextMonday.plusDays(4), "Conference")));
        for (String name : List.of("Dr. Elif Kaya", "Dr. Farid Haddad")) {
            anaesthetists.add(clinician(name, ClinicianRole.ANAESTHETIST, LocalTime.of(7, 30), LocalTime.of(17, 30)));
        }
        for (MonthDay holiday : List.of(MonthDay.of(12, 25), MonthDay.of(1, 1))) {
            LocalDate day = holiday.atYear(today.getYear());
            em.persist(ClinicClosure.on(day.isBefore(today) ? day.plusYears(1) : day,
                    holiday.getMonthValue() == 12 ? "Christmas Day" : "New Year's Day"));
        }
        // slot search keeps the calendar while the rules row's version stays (CalendarSnapshots): tell it
        em.createQuery("UPDATE SchedulingRules r SET r.version = r.version + 1").executeUpdate();
        em.flush();
    }

    /**
     * Accepts each referral (sedation for breast and bone, general anaesthesia otherwise), issues its preparation
     * plan from the protocol, and books its first session on a weekday in the coming weeks.
     */
    void bookSessions(List<ReferralRegistration> registrations) {
        if (ct.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate day = clinic.dateAt(now).plusDays(9);
        Set<LocalDate> closures = Set.copyOf(em.createQuery("SELECT c.day FROM ClinicClosure c", LocalDate.class)
                .getResultList());
        int booked = 0;
        for (int i = 0; i < registrations.size(); i++) {
            Referral referral = em.find(Referral.class, registrations.get(i).referral().value());
            Anaesthesia anaesthesia = switch (referral.targetOrgan()) {
                case BREAST, BONE -> Anaesthesia.SEDATION;
                default -> Anaesthesia.GENERAL;
            };
            Guidance guidance = referral.requestedGuidance().name().equals("ULTRASOUND") ? Guidance.ULTRASOUND
                    : Guidance.CT;
            referral.accept();
            TreatmentCase treatment = TreatmentCase.open(referral, anaesthesia, guidance, 1, now);
            em.persist(treatment);
            PreparationPlan plan = PreparationPlan.generate(treatment, ProtocolVersions.current(em),
                    referral.anticoagulated() ? Set.of("warfarin") : Set.of(), now);
            em.persist(plan);
            em.flush();
            plan.issue(null, now);
            PatientLink.Issued link = PatientLink.issue(LinkPurpose.ACKNOWLEDGE_PREPARATION, plan.id(),
                    treatment.patient().id(), Duration.ofDays(60), now);
            em.persist(link.link());
            em.flush();
            issued.fire(new PreparationIssued(plan.id(), null, treatment.id(), treatment.patient().id(), link.token()));
            // One session a day, on weekdays that are not closures, with the radiologists who have no time off: every
            // rule holds by construction (a refusal would roll the whole demo data back).
            while (!WEEKDAYS.contains(day.getDayOfWeek()) || closures.contains(day)) {
                day = day.plusDays(1);
            }
            ProcedureRoom room = guidance == Guidance.CT ? ct.get(i % 2) : ultrasound.get(0);
            LocalTime at = LocalTime.of(8, 30).plusMinutes(150L * (i % 3));
            booker.book(treatment.id().value(), new SessionBooking.Request(clinic.instantAt(day, at),
                    room.id(), radiologists.get(i % 3).id(),
                    anaesthesia == Anaesthesia.GENERAL ? anaesthetists.get(i % 2).id() : null, null, null));
            booked++;
            day = day.plusDays(1);
        }
        int count = booked;
        LOG.info(() -> "Demo clinic: 3 rooms, 4 radiologists, 2 anaesthetists, " + count + " booked sessions");
    }

    private ProcedureRoom room(String name, Guidance modality, int turnover) {
        ProcedureRoom room = ProcedureRoom.open(name, modality, turnover, weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0)));
        em.persist(room);
        return room;
    }

    private Clinician clinician(String name, ClinicianRole role, LocalTime from, LocalTime to) {
        Clinician clinician = Clinician.join(name, role, weekdays(from, to));
        em.persist(clinician);
        return clinician;
    }

    private static List<WeeklyHours> weekdays(LocalTime from, LocalTime to) {
        return WEEKDAYS.stream().map(day -> WeeklyHours.of(day, from, to)).toList();
    }
}
