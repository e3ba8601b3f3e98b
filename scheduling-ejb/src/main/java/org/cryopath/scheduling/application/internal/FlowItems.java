package org.cryopath.scheduling.application.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cryopath.domain.model.preparation.LabResult;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.preparation.PreparationPlan;
import org.cryopath.domain.model.session.Session;
import org.cryopath.scheduling.application.ProcedureDay.FlowItem;

/** Sessions as the flow board shows them, with the tests each one still misses; six queries however many. */
final class FlowItems {

    private FlowItems() {
    }

    static List<FlowItem> of(EntityManager em, ZoneId zone, List<Session> sessions) {
        List<Long> caseIds = sessions.stream().map(s -> s.treatmentCase().id().value()).distinct().toList();
        // the plans and labs of those cases found through their case index (SessionReads.ofCases), then read by key
        List<Long> planIds = SessionReads.ofCases(em, "ID", "PREPARATION_PLAN", caseIds, "STATUS = ?",
                PlanStatus.ISSUED.name());
        Map<Long, PreparationPlan> plans = planIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT p FROM PreparationPlan p WHERE p.id IN :ids", PreparationPlan.class)
                .setParameter("ids", planIds)
                // EclipseLink's batch reading: the plans' items and medications in one query each, not two per plan
                .setHint(SessionReads.BATCH_TYPE, "IN")
                .setHint(SessionReads.BATCH, "p.items")
                .setHint(SessionReads.BATCH, "p.medications")
                .getResultStream().collect(Collectors.toMap(p -> p.treatmentCase().id().value(), Function.identity(),
                        (a, b) -> a));
        List<Long> labIds = SessionReads.ofCases(em, "ID", "LAB_RESULT", caseIds, "");
        Map<Long, List<LabResult>> labs = labIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT l FROM LabResult l WHERE l.id IN :ids", LabResult.class)
                .setParameter("ids", labIds)
                .getResultStream().collect(Collectors.groupingBy(l -> l.treatmentCase().id().value()));
        return sessions.stream().map(s -> {
            long caseId = s.treatmentCase().id().value();
            PreparationPlan plan = plans.get(caseId);
            List<String> missing = plan == null ? List.of() : LabResult.missing(plan, labs.getOrDefault(caseId,
                    List.of()), LocalDate.ofInstant(s.start(), zone));
            return new FlowItem(s.id(), caseId, s.patient().id().value(), s.patient().mrn().value(),
                    s.patient().name().sortable(), s.start(), s.room().name(), s.radiologist().name(), s.flowStage(),
                    s.escort().status(), s.escort().name(), s.checkInOverride(), s.outcome(), s.outcomeNote(),
                    s.collectedBy(), missing);
        }).toList();
    }
}
