package org.cryopath.web.interfaces.faces.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.cryopath.scheduling.application.PatientDirectory;
import org.cryopath.scheduling.application.PatientPathway;
import org.cryopath.web.interfaces.faces.support.ServiceReference;
import org.omnifaces.util.Faces;

/**
 * A patient's pathway, event by event, oldest first ({@code /patient/timeline.xhtml?patient=42}): referral,
 * changes to their record, triage, emails queued, sent or failed, each with who and when.
 */
@Named
@ViewScoped
public class PathwayTimeline implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PatientDirectory patients;

    private Long patient;
    private PatientPathway pathway;

    /** Loads the pathway of the patient in the view parameter; an unknown patient is a 404. */
    public void load() {
        pathway = patient == null ? null : patients.pathway(patient).orElse(null);
        if (pathway == null) {
            Faces.responseSendError(404, "No such patient");
        }
    }

    public Long getPatient() {
        return patient;
    }

    public void setPatient(Long patient) {
        this.patient = patient;
    }

    public PatientPathway getPathway() {
        return pathway;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        patients = ServiceReference.lookedUpOnFirstUse(PatientDirectory.class);
    }
}
