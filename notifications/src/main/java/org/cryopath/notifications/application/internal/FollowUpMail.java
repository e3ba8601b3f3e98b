package org.cryopath.notifications.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.followup.FollowUpTouchpoint;
import org.cryopath.domain.model.followup.ImagingBooked;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.domain.model.protocol.TextTopic;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionDischarged;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.notifications.application.Outbox;
import org.cryopath.notifications.application.OutgoingMail;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.Appointment;
import org.cryopath.notifications.application.mail.DayAfter;
import org.cryopath.notifications.application.mail.FollowUpImaging;
import org.cryopath.notifications.application.mail.ReferrerSummary;
import org.cryopath.notifications.application.mail.WeekAfter;
import org.cryopath.notifications.infrastructure.templates.MailTemplates;

/**
 * The emails after a treatment, queued in the transaction that discharges the patient or books a follow-up scan
 * (scheduling fires the events, this observes them): E8 the day after discharge and E9 a week after, both at
 * {@link #FOLLOW_UP_TIME} clinic time, with the after-care texts and the organ's warning signs of the protocol in
 * force; the referring clinician's summary R1 at once; E10 when a follow-up scan is booked.
 *
 * <p>Keys: {@code session-42/E8}, {@code session-42/E9}, {@code session-42/R1} (one of each per discharge), and
 * {@code followup-7/E10/<appointment>} (a booking moved later sends again; the pending one is withdrawn).
 */
@ApplicationScoped
public class FollowUpMail {

    /** When E8 and E9 go out: at this clinic time, one and seven days after the day of discharge. */
    static final LocalTime FOLLOW_UP_TIME = LocalTime.of(10, 0);

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    ClinicProfile clinic;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    void discharged(@Observes SessionDischarged event) {
        Session session = em.find(Session.class, event.sessionId());
        TreatmentCase treatment = session.treatmentCase();
        Patient patient = session.patient();
        Language language = patient.preferredLanguage();
        ProtocolVersion protocol = currentProtocol();
        LocalDate day = LocalDate.ofInstant(session.dischargedAt(), clinic.zone());
        Addressee addressee = new Addressee(patient.name().given(), patient.name().family());
        String topic = "case-" + treatment.id().value();

        MailContent dayAfter = templates.render(new DayAfter(addressee,
                protocol.texts(TextTopic.AFTERCARE, null, language),
                protocol.texts(TextTopic.WARNING_SIGN, treatment.referral().targetOrgan(), language), null), language);
        enqueue(session, topic, "E8", MessageKind.E8_DAY_AFTER, dayAfter, clinic.instantAt(day.plusDays(1),
                FOLLOW_UP_TIME));
        MailContent weekAfter = templates.render(new WeekAfter(addressee,
                protocol.texts(TextTopic.RECOVERY, null, language)), language);
        enqueue(session, topic, "E9", MessageKind.E9_WEEK_AFTER, weekAfter, clinic.instantAt(day.plusDays(7),
                FOLLOW_UP_TIME));
        referrerSummary(session, treatment, topic);
    }

    /**
     * R1 to the referring clinician, in English. A referral without the referrer's email gets no summary: the
     * patient's timeline says so, and the discharge goes on.
     */
    private void referrerSummary(Session session, TreatmentCase treatment, String topic) {
        Referral referral = treatment.referral();
        EmailAddress address = referral.referrer() == null ? null : referral.referrer().email();
        if (address == null) {
            audit.record("referrer.summaryNotSent", "TreatmentCase", treatment.id().value(), session.patient().id(),
                    null, Map.of("reason", "The referral has no email address for the referring clinician"));
            return;
        }
        List<Session> sessions = em.createQuery("SELECT s FROM Session s WHERE s.treatmentCase = :treatment "
                        + "AND s.status = :completed ORDER BY s.start", Session.class)
                .setParameter("treatment", treatment)
                .setParameter("completed", SessionStatus.COMPLETED)
                .getResultList();
        long treated = sessions.stream().filter(Session::treated).count();
        List<LocalDate> imaging = em.createQuery("SELECT t.dueOn FROM FollowUpTouchpoint t "
                        + "WHERE t.treatmentCase = :treatment ORDER BY t.dueOn", LocalDate.class)
                .setParameter("treatment", treatment)
                .getResultList();
        Patient patient = session.patient();
        ReferrerSummary summary = new ReferrerSummary(referral.referrer().name(),
                patient.name().given() + " " + patient.name().family(), patient.dateOfBirth(),
                LocalDate.ofInstant(referral.receivedAt(), clinic.zone()), words(treatment.anaesthesia().name()),
                words(treatment.guidance().name()), sessions.stream()
                        .map(s -> new ReferrerSummary.SessionLine(s.start(), s.treated())).toList(),
                (int) Math.max(0, treatment.plannedSessions() - treated), imaging);
        outbox.enqueue(new OutgoingMail("session-" + session.id() + "/R1", topic, MessageKind.R1_REFERRER_SUMMARY,
                patient.id(), address, Language.EN, templates.render(summary, Language.EN), clock.instant()));
    }

    void imagingBooked(@Observes ImagingBooked event) {
        FollowUpTouchpoint touchpoint = em.find(FollowUpTouchpoint.class, event.touchpointId());
        Patient patient = touchpoint.patient();
        Language language = patient.preferredLanguage();
        String topic = "followup-" + touchpoint.id();
        outbox.supersede(topic, "the follow-up scan was booked again");
        Appointment booked = new Appointment(touchpoint.appointmentAt(), touchpoint.appointmentAt(),
                touchpoint.place());
        MailContent content = templates.render(new FollowUpImaging(new Addressee(patient.name().given(),
                patient.name().family()), touchpoint.dueOn(), booked), language);
        outbox.enqueue(new OutgoingMail(topic + "/E10/" + touchpoint.appointmentAt().toEpochMilli(), topic,
                MessageKind.E10_FOLLOW_UP_IMAGING, patient.id(), patient.email(), language, content, clock.instant()));
    }

    private void enqueue(Session session, String topic, String code, MessageKind kind, MailContent content,
            Instant due) {
        Patient patient = session.patient();
        outbox.enqueue(new OutgoingMail("session-" + session.id() + "/" + code, topic, kind, patient.id(),
                patient.email(), patient.preferredLanguage(), content, due));
    }

    /** "GENERAL" reads "general", "ULTRASOUND" "ultrasound", "CT" stays "CT": the summary's words for the enums. */
    private static String words(String constant) {
        return constant.length() <= 3 ? constant : constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private ProtocolVersion currentProtocol() {
        return em.createQuery("SELECT p FROM ProtocolVersion p ORDER BY p.number DESC", ProtocolVersion.class)
                .setMaxResults(1).getSingleResult();
    }
}
