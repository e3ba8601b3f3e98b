package org.cryopath.notifications.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.preparation.PlanItem;
import org.cryopath.domain.model.preparation.PreparationIssued;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.notifications.application.OutgoingMail;
import org.cryopath.notifications.application.Outbox;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.PreparationInstructions;
import org.cryopath.notifications.application.mail.PreparationStep;
import org.cryopath.notifications.infrastructure.templates.MailTemplates;

/**
 * E2: the patient's preparation instructions, each with when to follow it, and the link to confirm having read them.
 * Before a session is booked the moments are counted back from the procedure day, and the email gives the first
 * day the procedure can take place. An E2 of an earlier version still waiting to be sent is withdrawn: the patient
 * gets the current instructions only.
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
        Patient patient = plan.treatmentCase().patient();
        String topic = event.treatmentCase() + "/preparation";
        outbox.supersede(topic, "version " + plan.planVersion() + " of the plan was issued");
        PreparationInstructions mail = new PreparationInstructions(
                new Addressee(patient.name().given(), patient.name().family()),
                null,
                plan.earliestStart(clinic.zone(), plan.issuedAt()),
                plan.items().stream().map(PreparationMail::step).toList(),
                clinic.publicUrl() + "/link/preparation.xhtml?t=" + event.acknowledgeToken(),
                event.previousPlanId() != null);
        MessageKind kind = MessageKind.E2_PREPARATION_INSTRUCTIONS;
        outbox.enqueue(new OutgoingMail("plan-" + plan.id() + "/" + kind.code(), topic, kind, patient.id(),
                patient.email(), plan.language(), templates.render(mail, plan.language()), clock.instant()));
    }

    /** Before booking: counted back from the procedure, or without a moment. */
    private static PreparationStep step(PlanItem item) {
        return item.before().map(before -> PreparationStep.before(before, item.text()))
                .orElseGet(() -> PreparationStep.general(item.text()));
    }
}
