package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.Optional;

/** Staff find a patient, and see everything that happened on their pathway. */
@Local
public interface PatientDirectory {

    /** The most patients one page of a search holds, whatever is asked. */
    int MAX_PAGE_SIZE = 100;

    /** Patients matching every part of the query that is filled in, by family and given name, a page at a time. */
    Page<PatientSummary> search(Query query, int first, int pageSize);

    /** The patient and every event of their pathway, oldest first; empty when there is no such patient. */
    Optional<PatientPathway> pathway(long patientId);

    /**
     * @param mrn an MRN or its beginning
     * @param name part of the given or family name, any case
     * @param dateOfBirth the exact date of birth
     */
    record Query(String mrn, String name, LocalDate dateOfBirth) {
    }
}
