package org.cryopath.scheduling.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.preparation.LabResult;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.session.FlowStage;
import org.cryopath.domain.model.session.Session;
import org.cryopath.domain.model.session.SessionOutcome;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.ProcedureDay;

/**
 * The flow board and its steps for the front desk and clinicians. Each step runs through {@link ConflictRetry} in a
 * transaction of its own ({@link ProcedureDaySteps}); the board reads today's sessions with few queries.
 */
@Stateless
@RolesAllowed({"FRONT_DESK", "CLINICAL"})
public class ProcedureDayBean implements ProcedureDay {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @EJB
    ProcedureDaySteps steps;

    @Inject
    ConflictRetry retry;

    @Inject
    ClinicProfile clinic;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @Override
    public Board today() {
        LocalDate day = clinic.dateAt(clock.instant());
        List<Session> sessions = SessionViews.startingBetween(em, clinic.startOf(day), clinic.startOf(day.plusDays(1)));
        List<FlowItem> items = FlowItems.of(em, clinic.zone(), sessions);
        Map<FlowStage, Long> counts = new EnumMap<>(FlowStage.class);
        for (FlowStage stage : FlowStage.values()) {
            counts.put(stage, items.stream().filter(item -> item.stage() == stage).count());
        }
        return new Board(day, counts, items);
    }

    @Override
    public Map<FlowStage, Long> todayCounts() {
        LocalDate day = clinic.dateAt(clock.instant());
        return SessionViews.stagesStartingBetween(em, clinic.startOf(day), clinic.startOf(day.plusDays(1)));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FlowItem checkIn(long sessionId, String overrideReason) {
        if (overrideReason != null && !overrideReason.isBlank() && !caller.isCallerInRole("CLINICAL")) {
            throw DomainException.invalid("overrideReason", "session.checkIn.clinicalOnly");
        }
        return retry.attempt("Check-in", () -> steps.checkIn(sessionId, overrideReason));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FlowItem startProcedure(long sessionId) {
        return retry.attempt("Procedure start", () -> steps.startProcedure(sessionId));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FlowItem endProcedure(long sessionId, SessionOutcome outcome, String note) {
        return retry.attempt("Procedure end", () -> steps.endProcedure(sessionId, outcome, note));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FlowItem discharge(long sessionId, String collectedBy) {
        return retry.attempt("Discharge", () -> steps.discharge(sessionId, collectedBy));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FlowItem markNoShow(long sessionId) {
        return retry.attempt("No-show", () -> steps.markNoShow(sessionId));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void recordLabResult(long caseId, String test, LocalDate takenOn, String result) {
        retry.attempt("Lab result", () -> {
            steps.recordLabResult(caseId, test, takenOn, result);
            return caseId;
        });
    }

}
