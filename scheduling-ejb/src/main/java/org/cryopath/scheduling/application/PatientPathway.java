package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.CaseStatus;

/** A patient, their treatment cases (newest first) and the events of their pathway, oldest first. */
public record PatientPathway(PatientSummary patient, List<Case> cases, List<Event> events) implements Serializable {

    public PatientPathway {
        cases = List.copyOf(cases);
        events = List.copyOf(events);
    }

    /**
     * A treatment case and where its preparation stands: the current plan's version and status, when it was issued
     * and when the patient confirmed reading it (plan fields are null before the first plan).
     */
    public record Case(long caseId, TargetOrgan targetOrgan, CaseStatus status, Instant openedAt, Integer planVersion,
            PlanStatus planStatus, Instant planIssuedAt, Instant planAcknowledgedAt) implements Serializable {
    }

    /**
     * One thing that happened: what (a message key such as {@code referral.registered} or {@code email.sent}),
     * when, who, and its details as "field: value" lines.
     */
    public record Event(Instant at, String what, String who, String details) implements Serializable {
    }
}
