package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clinicians prepare a patient for their treatment: a plan generated from the clinic's protocol by organ,
 * anaesthesia and the patient's medicines, edited, then issued (email E2 with the acknowledgement link). A change
 * to an issued plan is a new version; issuing it replaces the previous one.
 */
@Local
public interface Preparation {

    /** The case, its patient and its plans; empty for an unknown case. */
    Optional<CaseOverview> caseOverview(long caseId);

    /** The medicines of the current protocol a clinician can say the patient takes. */
    List<MedicineChoice> medicineChoices();

    /**
     * Generates the first plan of the case from the current protocol (or generates the draft again with other
     * medicines). Refused once a plan was issued: change it instead.
     */
    PlanView generate(long caseId, Set<String> medications);

    /** Starts a change to the issued plan: a new draft version, a copy of it. */
    PlanView startChange(long caseId);

    /** Saves a draft as the clinician edited it. */
    PlanView saveDraft(long planId, List<PlanView.Item> items, String note);

    /** Issues the draft to the patient; the previously issued version, if any, is superseded. */
    PlanView issue(long planId);

    /** A medicine of the protocol, by its code and its name for staff. */
    record MedicineChoice(String drugClass, String name, String action, int daysBefore) implements Serializable {
    }
}
