package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.link.LinkPurpose;
import org.cryopath.domain.model.link.PatientLink;
import org.cryopath.domain.model.preparation.PlanItem;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.preparation.PreparationIssued;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.protocol.ProtocolVersion;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Violations;
import org.cryopath.scheduling.application.CaseOverview;
import org.cryopath.scheduling.application.PatientSummary;
import org.cryopath.scheduling.application.PlanView;
import org.cryopath.scheduling.application.Preparation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Clinicians write and issue plans; the front desk may read a case and its plans. */
@Stateless
@RolesAllowed("CLINICAL")
public class PreparationBean implements Preparation {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PreparationIssued> issued;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    /** How long the acknowledgement link of an issued plan works. */
    @Inject
    @ConfigProperty(name = "cryopath.links.preparation-days", defaultValue = "60")
    int linkDays;

    @Override
    @RolesAllowed({"FRONT_DESK", "CLINICAL"})
    public Optional<CaseOverview> caseOverview(long caseId) {
        TreatmentCase treatment = em.find(TreatmentCase.class, caseId);
        if (treatment == null) {
            return Optional.empty();
        }
        List<PlanView> plans = plansOf(treatment).stream().map(this::view).toList();
        return Optional.of(new CaseOverview(caseId, PatientSummary.of(treatment.patient()),
                treatment.referral().targetOrgan(), treatment.referral().anticoagulated(), treatment.referral().diabetic(),
                treatment.anaesthesia(), treatment.guidance(), treatment.plannedSessions(), treatment.status(),
                treatment.openedAt(), plans));
    }

    @Override
    public List<MedicineChoice> medicineChoices() {
        return ProtocolVersions.current(em).medications().stream()
                .map(rule -> new MedicineChoice(rule.drugClass(), rule.nameEn(), rule.action().name(), rule.daysBefore()))
                .toList();
    }

    @Override
    public PlanView generate(long caseId, Set<String> medications) {
        TreatmentCase treatment = loadCase(caseId);
        List<PreparationPlan> plans = plansOf(treatment);
        if (plans.size() > 1 || (plans.size() == 1 && plans.get(0).status() != PlanStatus.DRAFT)) {
            throw DomainException.refused("plan.generate.alreadyIssued");
        }
        PreparationPlan plan = PreparationPlan.generate(treatment, ProtocolVersions.current(em), medications,
                clock.instant());
        if (!plans.isEmpty()) {
            em.remove(plans.get(0));
            em.flush();
        }
        em.persist(plan);
        em.flush();
        audit.record("plan.generated", "PreparationPlan", plan.id(), treatment.patient().id(), null, plan.auditState());
        return view(plan);
    }

    @Override
    public PlanView startChange(long caseId) {
        TreatmentCase treatment = loadCase(caseId);
        PreparationPlan latest = plansOf(treatment).stream().findFirst()
                .orElseThrow(() -> DomainException.refused("plan.change.noPlan"));
        if (latest.status() == PlanStatus.DRAFT) {
            return view(latest);
        }
        PreparationPlan draft = latest.nextDraft(clock.instant());
        em.persist(draft);
        em.flush();
        audit.record("plan.changeStarted", "PreparationPlan", draft.id(), treatment.patient().id(), null,
                draft.auditState());
        return view(draft);
    }

    @Override
    public PlanView saveDraft(long planId, List<PlanView.Item> items, String note) {
        PreparationPlan plan = loadPlan(planId);
        Map<String, String> before = plan.auditState();
        plan.revise(planItems(items), note);
        audit.record("plan.saved", "PreparationPlan", planId, plan.treatmentCase().patient().id(), before,
                plan.auditState());
        return view(plan);
    }

    @Override
    public PlanView issue(long planId) {
        PreparationPlan plan = loadPlan(planId);
        TreatmentCase treatment = plan.treatmentCase();
        Map<String, String> before = plan.auditState();
        PreparationPlan previous = plansOf(treatment).stream()
                .filter(other -> other.status() == PlanStatus.ISSUED).findFirst().orElse(null);
        plan.issue(previous, clock.instant());
        if (previous != null) {
            em.createQuery("SELECT l FROM PatientLink l WHERE l.purpose = :purpose AND l.subjectId = :plan", PatientLink.class)
                    .setParameter("purpose", LinkPurpose.ACKNOWLEDGE_PREPARATION)
                    .setParameter("plan", previous.id())
                    .getResultStream()
                    .forEach(PatientLink::withdraw);
        }
        flagSessionsBefore(plan.earliestStart(clinic.zone(), clock.instant()), treatment);
        PatientLink.Issued link = PatientLink.issue(LinkPurpose.ACKNOWLEDGE_PREPARATION, planId, treatment.patient().id(),
                Duration.ofDays(linkDays), clock.instant());
        em.persist(link.link());
        em.flush();
        audit.record("plan.issued", "PreparationPlan", planId, treatment.patient().id(), before, plan.auditState());
        issued.fire(new PreparationIssued(planId, previous == null ? null : previous.id(), treatment.id(),
                treatment.patient().id(), link.token()));
        return view(plan);
    }

    /**
     * The case's booked sessions on a day before the new plan's earliest date cannot be prepared in time: each is
     * flagged "preparation conflict" until a clinician reschedules it or keeps it with a reason.
     */
    private void flagSessionsBefore(LocalDate earliest, TreatmentCase treatment) {
        em.createQuery("SELECT s FROM Session s WHERE s.treatmentCase = :treatment AND s.status = :booked", Session.class)
                .setParameter("treatment", treatment)
                .setParameter("booked", SessionStatus.BOOKED)
                .getResultStream()
                .filter(session -> LocalDate.ofInstant(session.start(), clinic.zone()).isBefore(earliest))
                .forEach(session -> {
                    Map<String, String> before = session.auditState();
                    session.preparationConflicts();
                    audit.record("session.preparationConflict", "Session", session.id(), treatment.patient().id(),
                            before, session.auditState());
                });
    }

    /** The edited items, each refused with its position when wrong ({@code items[3].daysBefore}). */
    private static List<PlanItem> planItems(List<PlanView.Item> edited) {
        Violations violations = new Violations();
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < edited.size(); i++) {
            PlanView.Item item = edited.get(i);
            PlanItem planItem = violations.check("items[" + i + "]", () -> toPlanItem(item));
            if (planItem != null) {
                items.add(planItem);
            }
        }
        violations.throwIfAny();
        return items;
    }

    private static PlanItem toPlanItem(PlanView.Item item) {
        if (item.kind() == null) {
            throw DomainException.invalid("kind", "validation.required");
        }
        return switch (item.kind()) {
            case MEDICATION -> PlanItem.medication(item.code(), item.action(), orZero(item.daysBefore()), item.text());
            case LABS -> PlanItem.labs(item.code(), orZero(item.daysBefore()), item.text());
            case FASTING -> PlanItem.fasting(item.code(), orZero(item.hoursBefore()), item.text());
            case ARRIVAL -> PlanItem.arrival(orZero(item.minutesBefore()), item.text());
            case BRING -> PlanItem.bring(item.text());
            case OTHER -> PlanItem.other(item.text());
        };
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private List<PreparationPlan> plansOf(TreatmentCase treatment) {
        return em.createQuery("SELECT p FROM PreparationPlan p WHERE p.treatmentCase = :treatment "
                        + "ORDER BY p.planVersion DESC", PreparationPlan.class)
                .setParameter("treatment", treatment)
                .getResultList();
    }

    private TreatmentCase loadCase(long caseId) {
        TreatmentCase treatment = em.find(TreatmentCase.class, caseId);
        if (treatment == null) {
            throw DomainException.refused("case.notFound");
        }
        return treatment;
    }

    private PreparationPlan loadPlan(long planId) {
        PreparationPlan plan = em.find(PreparationPlan.class, planId);
        if (plan == null) {
            throw DomainException.refused("plan.notFound");
        }
        return plan;
    }

    private PlanView view(PreparationPlan plan) {
        ProtocolVersion protocol = plan.protocol();
        return new PlanView(plan.id(), plan.planVersion(), plan.status(), protocol.number(), protocol.reviewRequired(),
                plan.language(), plan.medications().stream().sorted().toList(),
                plan.items().stream().map(item -> new PlanView.Item(item.kind(), item.code(), item.action(),
                        item.daysBefore(), item.hoursBefore(), item.minutesBefore(), item.text())).toList(),
                plan.note(), plan.createdAt(), plan.issuedAt(), plan.acknowledgedAt(),
                plan.earliestStart(clinic.zone(), clock.instant()));
    }
}
