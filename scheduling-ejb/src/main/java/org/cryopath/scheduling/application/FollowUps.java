package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cryopath.domain.model.followup.ImagingModality;
import org.cryopath.domain.model.followup.TouchpointStatus;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.CaseStatus;

/**
 * Treated patients' follow-up: the imaging touchpoints computed at discharge, worked from the follow-up worklist
 * (book one and the patient gets E10; mark it done; cancel it with a reason). A case closes when its last touchpoint
 * is done or cancelled, or when a clinician closes it with a reason.
 */
@Local
public interface FollowUps {

    /** One follow-up scan as staff see it. */
    record Touchpoint(long id, long caseId, long patientId, String patientMrn, String patientName, TargetOrgan organ,
            int monthsAfter, LocalDate dueOn, TouchpointStatus status, Instant appointmentAt, String place,
            ImagingModality modality, String cancelReason) implements Serializable {
    }

    /** A case's follow-up: where the case stands and its touchpoints by due date. */
    record CaseFollowUp(long caseId, CaseStatus status, String closeReason, List<Touchpoint> touchpoints) {
    }

    /** The open touchpoints (to book, booked), the soonest due first; at most 100 a page. */
    Page<Touchpoint> worklist(int first, int size);

    CaseFollowUp ofCase(long caseId);

    /** Books the scan: a clinic time in the future, a place, a modality; the patient gets E10. */
    Touchpoint book(long touchpointId, Instant at, String place, ImagingModality modality);

    Touchpoint markDone(long touchpointId);

    Touchpoint cancel(long touchpointId, String reason);

    /** A clinician ends the case's follow-up early, with the reason; its open touchpoints are cancelled with it. */
    CaseFollowUp closeCase(long caseId, String reason);
}
