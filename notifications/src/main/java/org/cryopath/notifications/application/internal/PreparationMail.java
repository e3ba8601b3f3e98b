package org.cryopath.notifications.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.preparation.PlanItem;
import org.cryopath.domain.model.preparation.PreparationIssued;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.notifications.application.OutgoingMail;
import org.cryopath.notifications.application.Outbox;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.PreparationInstructions;
import org.cryopath.notifications.application.mail.PreparationStep;
import org.cryopath.notifications.infrastructure.templates.MailTemplates;

/**
 * E2: the patient's preparation instructions, each with when to follow it, and the link to confirm having read them.
 * Before a session is booked the moments are counted back from the procedure day, and the email gives the first
 * day the procedure can take place; once one is booked they fall on calendar dates and clock times ("last warfarin
 * dose: Monday 7 December"), and the email is sent again with them when the first session is booked or moved. An
 * E2 still waiting to be sent is withdrawn by the next: the patient gets the current instructions only.
 */
@ApplicationScoped
public class PreparationMail {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    /** Observed inside the issuing transaction: the email is enqueued with the plan's issue or not at all. */
    void preparationIssued(@Observes PreparationIssued event) {
        PreparationPlan plan = em.find(PreparationPlan.class, event.planId());
        Session next = em.createQuery("SELECT s FROM Session s WHERE s.treatmentCase = :treatment AND s.status = :booked "
                        + "ORDER BY s.start", Session.class)
                .setParameter("treatment", plan.treatmentCase())
                .setParameter("booked", SessionStatus.BOOKED)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        send(plan, next, event.acknowledgeToken(), event.previousPlanId() != null, "plan-" + plan.id());
    }

    /**
     * Sends the issued plan again with the dates of {@code session} (its first session was booked, or it moved), with
     * a new acknowledgement link.
     */
    void sendDated(PreparationPlan plan, Session session, String acknowledgeToken, boolean revised) {
        send(plan, session, acknowledgeToken, revised, "plan-" + plan.id() + "/session-" + session.id());
    }

    private void send(PreparationPlan plan, Session session, String token, boolean revised, String keyBase) {
        Patient patient = plan.treatmentCase().patient();
        String topic = plan.treatmentCase().id() + "/preparation";
        outbox.supersede(topic, "newer preparation instructions were sent");
        PreparationInstructions mail = new PreparationInstructions(
                new Addressee(patient.name().given(), patient.name().family()),
                session == null ? null : session.start(),
                session == null ? plan.earliestStart(clinic.zone(), plan.issuedAt()) : null,
                steps(plan.items(), session == null ? null : LocalDateTime.ofInstant(session.start(), clinic.zone())),
                clinic.publicUrl() + "/link/preparation.xhtml?t=" + token,
                revised);
        MessageKind kind = MessageKind.E2_PREPARATION_INSTRUCTIONS;
        outbox.enqueue(new OutgoingMail(keyBase + "/" + kind.code(), topic, kind, patient.id(), patient.email(),
                plan.language(), templates.render(mail, plan.language()), clock.instant()));
    }

    /**
     * The plan's items with their moments: on calendar dates and clock times before a session starting at
     * {@code start} (clinic wall-clock time), or counted back from the procedure while none is booked.
     */
    static List<PreparationStep> steps(List<PlanItem> items, LocalDateTime start) {
        return items.stream().map(item -> {
            if (start == null) {
                return item.before().map(before -> PreparationStep.before(before, item.text()))
                        .orElseGet(() -> PreparationStep.general(item.text()));
            }
            return item.at(start).map(at -> new PreparationStep(at.toLocalDate(), item.isTimed() ? at.toLocalTime() : null,
                    item.text())).orElseGet(() -> PreparationStep.general(item.text()));
        }).toList();
    }
}
