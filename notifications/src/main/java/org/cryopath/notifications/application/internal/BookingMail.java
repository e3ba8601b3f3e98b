package org.cryopath.notifications.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.preparation.PlanItem;
import org.cryopath.domain.model.preparation.PlanItemKind;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.session.EscortReminderDue;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionBooked;
import org.cryopath.domain.model.session.SessionCancelled;
import org.cryopath.domain.model.session.SessionRescheduled;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.notifications.application.OutgoingMail;
import org.cryopath.notifications.application.Outbox;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.Appointment;
import org.cryopath.notifications.application.mail.DayBefore;
import org.cryopath.notifications.application.mail.EscortReminder;
import org.cryopath.notifications.application.mail.PreparationReminder;
import org.cryopath.notifications.application.mail.PreparationStep;
import org.cryopath.notifications.application.mail.SessionChanged;
import org.cryopath.notifications.infrastructure.calendar.CalendarInvite;
import org.cryopath.notifications.infrastructure.calendar.CalendarInvites;
import org.cryopath.notifications.infrastructure.smtp.MailSettings;
import org.cryopath.notifications.infrastructure.templates.MailTemplates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The emails of a session, queued in the transaction that books, moves or cancels it (scheduling fires the events,
 * this observes them): E3 with its calendar invitation when booked; E5 (seven days before: the preparation that starts
 * then, the tests to have done) and E7 (the day before: fasting clock times, arrival, what to bring) as messages due
 * later; on a move, the old session's unsent mail is withdrawn and E4 carries the calendar update (same UID, next
 * SEQUENCE) before the new session's reminders; on a cancellation, E4 with {@code METHOD:CANCEL}. E6 (the escort
 * reminder) is queued when the escort escalation finds the escort unconfirmed three days before. The preparation
 * instructions (E2) go out again with real dates when the case's first session is booked, and when it moves.
 *
 * <p>Every message of a session has the topic {@code session-<id>}, so one supersession withdraws them all.
 */
@ApplicationScoped
public class BookingMail {

    /** When E5 goes out: seven days before the session's day, at this clinic time. */
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
    /** When E7 goes out: the day before, at this clinic time. */
    static final LocalTime DAY_BEFORE_TIME = LocalTime.of(10, 0);

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    CalendarInvites invites;

    @Inject
    MailSettings mail;

    @Inject
    PreparationMail preparation;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    /** Where the patient reports on the day, as emails name it (the clinic's address is shown as well). */
    @Inject
    @ConfigProperty(name = "cryopath.clinic.check-in", defaultValue = "Interventional Radiology reception")
    Provider<String> checkIn;

    void sessionBooked(@Observes SessionBooked event) {
        Session session = em.find(Session.class, event.sessionId());
        PreparationPlan plan = issuedPlan(session.treatmentCase());
        Patient patient = session.patient();
        Language language = patient.preferredLanguage();
        MailContent content = templates.render(new org.cryopath.notifications.application.mail.SessionBooked(
                addressee(patient), appointment(session, plan), bring(plan), escortUrl(event.escortToken())), language)
                .withCalendar(invites.request(invite(session)), CalendarInvites.REQUEST);
        enqueue(session, MessageKind.E3_SESSION_BOOKED, "E3", content, clock.instant());
        remindersOf(session, plan);
        if (event.firstOfCase()) {
            preparation.sendDated(plan, session, event.preparationToken(), false);
        }
    }

    void sessionRescheduled(@Observes SessionRescheduled event) {
        Session previous = em.find(Session.class, event.previousSessionId());
        Session session = em.find(Session.class, event.sessionId());
        PreparationPlan plan = issuedPlan(session.treatmentCase());
        outbox.supersede(topic(previous), "the session was rescheduled");
        Patient patient = session.patient();
        MailContent content = templates.render(new SessionChanged(addressee(patient), appointment(previous, plan),
                appointment(session, plan), escortUrl(event.escortToken())), patient.preferredLanguage())
                .withCalendar(invites.request(invite(session)), CalendarInvites.REQUEST);
        enqueue(session, MessageKind.E4_SESSION_CHANGED, "E4", content, clock.instant());
        remindersOf(session, plan);
        preparation.sendDated(plan, session, event.preparationToken(), true);
    }

    /**
     * E6: three days before, the escort is still not confirmed (the escort escalation fires the event in the
     * transaction that marks it on the worklist). Its key {@code session-<id>/E6} lets it be queued once only, however
     * many runs reach the session.
     */
    void escortReminderDue(@Observes EscortReminderDue event) {
        Session session = em.find(Session.class, event.sessionId());
        PreparationPlan plan = issuedPlan(session.treatmentCase());
        Patient patient = session.patient();
        MailContent content = templates.render(new EscortReminder(addressee(patient), appointment(session, plan),
                escortUrl(event.escortToken())), patient.preferredLanguage());
        enqueue(session, MessageKind.E6_ESCORT_REMINDER, "E6", content, clock.instant());
    }

    void sessionCancelled(@Observes SessionCancelled event) {
        Session session = em.find(Session.class, event.sessionId());
        PreparationPlan plan = issuedPlan(session.treatmentCase());
        outbox.supersede(topic(session), "the session was cancelled");
        Patient patient = session.patient();
        MailContent content = templates.render(new SessionChanged(addressee(patient), appointment(session, plan), null),
                patient.preferredLanguage())
                .withCalendar(invites.cancel(invite(session)), CalendarInvites.CANCEL);
        enqueue(session, MessageKind.E4_SESSION_CHANGED, "E4-cancelled", content, clock.instant());
    }

    /** E5 and E7, due before the session; one whose moment has passed already is left out (E3 says it all). */
    private void remindersOf(Session session, PreparationPlan plan) {
        Patient patient = session.patient();
        Language language = patient.preferredLanguage();
        LocalDate day = LocalDate.ofInstant(session.start(), clinic.zone());
        LocalDateTime start = LocalDateTime.ofInstant(session.start(), clinic.zone());
        Instant now = clock.instant();
        Appointment appointment = appointment(session, plan);

        Instant weekBefore = clinic.instantAt(day.minusDays(7), REMINDER_TIME);
        if (weekBefore.isAfter(now)) {
            LocalDate reminderDay = day.minusDays(7);
            List<PreparationStep> startingNow = PreparationMail.steps(plan.items().stream()
                    .filter(item -> item.kind() == PlanItemKind.MEDICATION
                            && item.at(start).map(at -> !at.toLocalDate().isBefore(reminderDay)).orElse(false))
                    .toList(), start);
            List<String> labs = plan.items().stream().filter(item -> item.kind() == PlanItemKind.LABS)
                    .map(item -> item.at(start).map(at -> templates.formatDate(at.toLocalDate(), language) + ": ")
                            .orElse("") + item.text())
                    .toList();
            enqueue(session, MessageKind.E5_PREPARATION_REMINDER, "E5", templates.render(new PreparationReminder(
                    addressee(patient), appointment, startingNow, labs, null), language), weekBefore);
        }
        Instant dayBefore = clinic.instantAt(day.minusDays(1), DAY_BEFORE_TIME);
        if (dayBefore.isAfter(now)) {
            enqueue(session, MessageKind.E7_DAY_BEFORE, "E7", templates.render(new DayBefore(addressee(patient),
                    appointment, fastingUntil(plan, "solids", session), fastingUntil(plan, "clear-fluids", session), null,
                    bring(plan)), language), dayBefore);
        }
    }

    private void enqueue(Session session, MessageKind kind, String keySuffix, MailContent content, Instant due) {
        Patient patient = session.patient();
        outbox.enqueue(new OutgoingMail(topic(session) + "/" + keySuffix, topic(session), kind, patient.id(),
                patient.email(), patient.preferredLanguage(), content, due));
    }

    private static String topic(Session session) {
        return "session-" + session.id();
    }

    /** The calendar event of the session's appointment: its UID and SEQUENCE, the clinic's address and sender. */
    private CalendarInvite invite(Session session) {
        Patient patient = session.patient();
        return new CalendarInvite(session.calendarUid() + "@" + mail.senderDomain(), session.calendarSequence(),
                session.start(), session.end(), clinic.zone(), templates.calendarSummary(patient.preferredLanguage()),
                clinic.address(), clinic.name(), mail.senderAddress(), patient.email().value());
    }

    /** When to arrive: the plan's arrival item, counted back from the start (at the start when it has none). */
    private Appointment appointment(Session session, PreparationPlan plan) {
        Duration early = plan.items().stream().filter(item -> item.kind() == PlanItemKind.ARRIVAL)
                .map(item -> Duration.ofMinutes(item.minutesBefore()))
                .findFirst().orElse(Duration.ZERO);
        return new Appointment(session.start(), session.start().minus(early), checkIn.get());
    }

    private Instant fastingUntil(PreparationPlan plan, String code, Session session) {
        return plan.items().stream().filter(item -> item.kind() == PlanItemKind.FASTING && code.equals(item.code()))
                .map(item -> session.start().minus(Duration.ofHours(item.hoursBefore())))
                .findFirst().orElse(null);
    }

    private static List<String> bring(PreparationPlan plan) {
        return plan.items().stream().filter(item -> item.kind() == PlanItemKind.BRING).map(PlanItem::text).toList();
    }

    private static Addressee addressee(Patient patient) {
        return new Addressee(patient.name().given(), patient.name().family());
    }

    private String escortUrl(String token) {
        return clinic.publicUrl() + "/link/escort.xhtml?t=" + token;
    }

    /**
     * The case's issued plan. No session event changes a plan, so the query need not write the transaction's pending
     * changes first ({@link FlushModeType#COMMIT}): EclipseLink would, comparing every entity the booking holds.
     */
    private PreparationPlan issuedPlan(TreatmentCase treatment) {
        return em.createQuery("SELECT p FROM PreparationPlan p WHERE p.treatmentCase = :treatment AND p.status = :issued",
                        PreparationPlan.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("treatment", treatment)
                .setParameter("issued", PlanStatus.ISSUED)
                .getSingleResult();
    }
}
