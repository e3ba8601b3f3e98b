package org.cryopath.notifications.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferralRegistered;
import org.cryopath.notifications.application.OutgoingMail;
import org.cryopath.notifications.application.Outbox;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.ReferralReceived;
import org.cryopath.notifications.infrastructure.templates.MailTemplates;

/** E1: tells the patient their referral arrived and that the scheduling line will call. */
@ApplicationScoped
public class ReferralMail {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    Clock clock;

    /** Observed inside the registering transaction: the email is enqueued with the referral or not at all. */
    void referralRegistered(@Observes ReferralRegistered event) {
        Referral referral = em.find(Referral.class, event.referral().value());
        Patient patient = referral.patient();
        MessageKind kind = MessageKind.E1_REFERRAL_RECEIVED;
        outbox.enqueue(new OutgoingMail(
                event.referral() + "/" + kind.code(),
                event.referral().toString(),
                kind,
                patient.id(),
                patient.email(),
                patient.preferredLanguage(),
                templates.render(new ReferralReceived(
                        new Addressee(patient.name().given(), patient.name().family()),
                        referral.referrer().name(),
                        referral.receivedAt()), patient.preferredLanguage()),
                clock.instant()));
    }
}
