package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.CaseStatus;
import org.cryopath.domain.model.treatment.Guidance;

/**
 * A treatment case as its page shows it: the patient, the decision of triage, and the preparation plans (the
 * current one first: the draft being edited or the plan last issued).
 */
public record CaseOverview(long caseId, PatientSummary patient, TargetOrgan targetOrgan, boolean anticoagulated,
        boolean diabetic, Anaesthesia anaesthesia, Guidance guidance, int plannedSessions, CaseStatus status,
        Instant openedAt, List<PlanView> plans) implements Serializable {

    public CaseOverview {
        plans = List.copyOf(plans);
    }

    /** The plan being worked on or last issued; null before the first plan. */
    public PlanView currentPlan() {
        return plans.isEmpty() ? null : plans.get(0);
    }
}
