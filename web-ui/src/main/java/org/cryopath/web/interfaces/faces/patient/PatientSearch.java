package org.cryopath.web.interfaces.faces.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.cryopath.scheduling.application.PatientDirectory;
import org.cryopath.scheduling.application.PatientSummary;
import org.cryopath.web.interfaces.faces.support.PagedResults;
import org.cryopath.web.interfaces.faces.support.ServiceReference;

/**
 * Staff find a patient by MRN, name or date of birth ({@code /patient/search.xhtml}), {@value #PAGE_SIZE} to a page,
 * by family and given name.
 */
@Named
@ViewScoped
public class PatientSearch implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Patients on one page of the results. */
    public static final int PAGE_SIZE = 20;

    @EJB
    transient PatientDirectory patients;

    private String mrn;
    private String name;
    private LocalDate dateOfBirth;
    private final PagedResults<PatientSummary> results = new PagedResults<>(
            (first, size) -> patients.search(new PatientDirectory.Query(mrn, name, dateOfBirth), first, size),
            patient -> Long.toString(patient.id()));

    /** Runs the search again with what is typed; the table starts at its first page. */
    public void search() {
        results.restart();
    }

    public PagedResults<PatientSummary> getResults() {
        return results;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getMrn() {
        return mrn;
    }

    public void setMrn(String mrn) {
        this.mrn = mrn;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        patients = ServiceReference.lookedUpOnFirstUse(PatientDirectory.class);
    }
}
