package org.cryopath.scheduling.application;

import java.time.LocalDate;
import org.cryopath.domain.model.patient.Language;

/** A patient as a search result or a page header shows them. */
public record PatientSummary(long id, String mrn, String familyName, String givenName, LocalDate dateOfBirth,
        String email, String phone, Language preferredLanguage) {
}
