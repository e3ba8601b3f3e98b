package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.Patient;

/** A patient as a search result or a page header shows them. */
public record PatientSummary(long id, String mrn, String familyName, String givenName, LocalDate dateOfBirth,
        String email, String phone, Language preferredLanguage) implements Serializable {

    public static PatientSummary of(Patient patient) {
        return new PatientSummary(patient.id().value(), patient.mrn().value(), patient.name().family(),
                patient.name().given(), patient.dateOfBirth(), patient.email().value(),
                patient.phone() == null ? null : patient.phone().value(), patient.preferredLanguage());
    }
}
