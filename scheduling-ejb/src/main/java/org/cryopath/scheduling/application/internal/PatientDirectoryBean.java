package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import static org.cryopath.scheduling.application.internal.QueryBuilder.given;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cryopath.domain.model.audit.AuditEntry;
import org.cryopath.domain.model.outbox.OutboxMessage;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.scheduling.application.Page;
import org.cryopath.scheduling.application.PatientDirectory;
import org.cryopath.scheduling.application.PatientPathway;
import org.cryopath.scheduling.application.PatientSummary;

@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class PatientDirectoryBean implements PatientDirectory {

    private static final String SUMMARY = "SELECT NEW org.cryopath.scheduling.application.PatientSummary(p.id, "
            + "p.mrn.value, p.name.family, p.name.given, p.dateOfBirth, p.email.value, p.phone.value, p.preferredLanguage)";

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Override
    public Page<PatientSummary> search(Query query, int first, int pageSize) {
        QueryBuilder patients = new QueryBuilder("FROM Patient p");
        if (given(query.mrn())) {
            patients.where("p.mrn.value LIKE :mrn", "mrn",
                    QueryBuilder.startingWith(query.mrn().strip().toUpperCase(Locale.ROOT)));
        }
        if (given(query.name())) {
            // The start of the family or the given name, on their indexed keys ("oka" finds Okafor).
            patients.where("(p.familyKey LIKE :name OR p.givenKey LIKE :name)", "name",
                    QueryBuilder.startingWith(PersonName.key(query.name())));
        }
        if (query.dateOfBirth() != null) {
            patients.where("p.dateOfBirth = :dob", "dob", query.dateOfBirth());
        }
        long total = patients.count(em, "p");
        // The order of IX_PATIENT_LIST: the name keys (as the search compares them), then the id.
        List<PatientSummary> rows = patients.select(em, SUMMARY, "p.familyKey, p.givenKey, p.id", PatientSummary.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
        return new Page<>(rows, total);
    }

    @Override
    public Optional<PatientPathway> pathway(long patientId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            return Optional.empty();
        }
        List<PatientPathway.Event> events = new ArrayList<>();
        em.createQuery("SELECT a FROM AuditEntry a WHERE a.patientId = :patient ORDER BY a.id", AuditEntry.class)
                .setParameter("patient", patientId)
                .getResultStream()
                .forEach(entry -> events.add(new PatientPathway.Event(entry.at(), entry.action(), entry.actor(),
                        AuditEntry.readable(entry.after() != null ? entry.after() : entry.before()))));
        em.createQuery("SELECT m FROM OutboxMessage m WHERE m.patientId = :patient ORDER BY m.id", OutboxMessage.class)
                .setParameter("patient", patientId)
                .getResultStream()
                .forEach(message -> events.addAll(emailEvents(message)));
        // A stable sort: events of the same instant keep the order in which they were written.
        events.sort(Comparator.comparing(PatientPathway.Event::at));
        return Optional.of(new PatientPathway(PatientSummary.of(patient), cases(patient), events));
    }

    /** The patient's cases, newest first, each with its current plan: two queries, however many cases. */
    private List<PatientPathway.Case> cases(Patient patient) {
        Map<Long, PreparationPlan> currentPlans = new HashMap<>();
        em.createQuery("SELECT p FROM PreparationPlan p WHERE p.treatmentCase.patient = :patient "
                        + "ORDER BY p.planVersion DESC", PreparationPlan.class)
                .setParameter("patient", patient)
                .getResultStream()
                .forEach(plan -> currentPlans.putIfAbsent(plan.treatmentCase().id().value(), plan));
        return em.createQuery("SELECT c FROM TreatmentCase c WHERE c.patient = :patient ORDER BY c.id DESC",
                        TreatmentCase.class)
                .setParameter("patient", patient)
                .getResultStream()
                .map(treatment -> {
                    PreparationPlan plan = currentPlans.get(treatment.id().value());
                    return new PatientPathway.Case(treatment.id().value(), treatment.referral().targetOrgan(),
                            treatment.status(), treatment.openedAt(), plan == null ? null : plan.planVersion(),
                            plan == null ? null : plan.status(), plan == null ? null : plan.issuedAt(),
                            plan == null ? null : plan.acknowledgedAt());
                })
                .toList();
    }

    /** An email's life: queued, then sent, failed or cancelled. */
    private static List<PatientPathway.Event> emailEvents(OutboxMessage message) {
        String what = message.kind().code() + " \u00b7 " + message.content().subject();
        List<PatientPathway.Event> events = new ArrayList<>();
        events.add(new PatientPathway.Event(message.createdAt(), "email.queued", AuditEntry.SYSTEM, what));
        switch (message.status()) {
            case SENT -> events.add(new PatientPathway.Event(message.sentAt(), "email.sent", AuditEntry.SYSTEM, what));
            case FAILED -> events.add(new PatientPathway.Event(message.nextAttemptAt(), "email.failed",
                    AuditEntry.SYSTEM, what + "\n" + message.lastError()));
            case CANCELLED -> events.add(new PatientPathway.Event(message.nextAttemptAt(), "email.cancelled",
                    AuditEntry.SYSTEM, what + "\n" + message.lastError()));
            case PENDING -> {
                // still queued: the queued event says it all
            }
        }
        return events;
    }
}
