package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cryopath.domain.model.followup.FollowUpTouchpoint;
import org.cryopath.domain.model.followup.ImagingModality;
import org.cryopath.domain.model.followup.TouchpointStatus;
import org.cryopath.domain.model.treatment.TreatmentCase;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.FollowUps;
import org.cryopath.scheduling.application.Page;

/**
 * The follow-up worklist and its steps. Each change runs through {@link ConflictRetry} in a transaction of its own
 * ({@link ProcedureDaySteps}).
 */
@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class FollowUpsBean implements FollowUps {

    static final int MAX_PAGE = 100;
    private static final List<TouchpointStatus> OPEN = List.of(TouchpointStatus.PLANNED, TouchpointStatus.BOOKED);

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @EJB
    ProcedureDaySteps steps;

    @Inject
    ConflictRetry retry;

    @Override
    public Page<Touchpoint> worklist(int first, int size) {
        long total = em.createQuery("SELECT COUNT(t) FROM FollowUpTouchpoint t WHERE t.status IN :open", Long.class)
                .setParameter("open", OPEN).getSingleResult();
        List<Touchpoint> rows = em.createQuery("SELECT t FROM FollowUpTouchpoint t JOIN FETCH t.patient "
                        + "WHERE t.status IN :open ORDER BY t.dueOn, t.id", FollowUpTouchpoint.class)
                .setParameter("open", OPEN)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(MAX_PAGE, size)))
                .getResultStream().map(FollowUpsBean::view).toList();
        return new Page<>(rows, total);
    }

    @Override
    public CaseFollowUp ofCase(long caseId) {
        TreatmentCase treatment = Optional.ofNullable(em.find(TreatmentCase.class, caseId))
                .orElseThrow(() -> DomainException.refused("case.notFound"));
        return new CaseFollowUp(caseId, treatment.status(), treatment.closeReason(), em.createQuery(
                        "SELECT t FROM FollowUpTouchpoint t WHERE t.treatmentCase = :treatment ORDER BY t.dueOn, t.id",
                        FollowUpTouchpoint.class)
                .setParameter("treatment", treatment)
                .getResultStream().map(FollowUpsBean::view).toList());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Touchpoint book(long touchpointId, Instant at, String place, ImagingModality modality) {
        retry.attempt("Follow-up booking", () -> steps.bookImaging(touchpointId, at, place, modality));
        return touchpoint(touchpointId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Touchpoint markDone(long touchpointId) {
        retry.attempt("Follow-up done", () -> steps.markDone(touchpointId));
        return touchpoint(touchpointId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Touchpoint cancel(long touchpointId, String reason) {
        retry.attempt("Follow-up cancellation", () -> steps.cancel(touchpointId, reason));
        return touchpoint(touchpointId);
    }

    @Override
    @RolesAllowed("CLINICAL")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CaseFollowUp closeCase(long caseId, String reason) {
        retry.attempt("Case closure", () -> {
            steps.closeCase(caseId, reason);
            return caseId;
        });
        return steps.followUpOf(caseId);
    }

    private Touchpoint touchpoint(long touchpointId) {
        return steps.touchpoint(touchpointId);
    }

    static Touchpoint view(FollowUpTouchpoint t) {
        TreatmentCase treatment = t.treatmentCase();
        return new Touchpoint(t.id(), treatment.id().value(), t.patient().id().value(), t.patient().mrn().value(),
                t.patient().name().sortable(), treatment.referral().targetOrgan(), t.monthsAfter(), t.dueOn(),
                t.status(), t.appointmentAt(), t.place(), t.modality(), t.cancelReason());
    }
}
