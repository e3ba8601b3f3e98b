package org.cryopath.domain.model.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.PersonName;
import org.junit.jupiter.api.Test;

class PatientTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void registersAPatientWithTheirPreferredLanguage() {
        Patient patient = register("mrn-1001", LocalDate.of(1958, 3, 14));

        assertThat(patient.mrn().value()).isEqualTo("MRN-1001");
        assertThat(patient.preferredLanguage()).isEqualTo(Language.ES);
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        assertThatThrownBy(() -> register("MRN-1", TODAY.plusDays(1)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("dateOfBirth"))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.dateOfBirth.future");
    }

    @Test
    void acceptsABabyBornToday() {
        assertThat(register("MRN-2", TODAY).dateOfBirth()).isEqualTo(TODAY);
    }

    @Test
    void refusesAMistypedCentury() {
        assertThatThrownBy(() -> register("MRN-3", LocalDate.of(1858, 3, 14)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.dateOfBirth.tooOld");
    }

    @Test
    void refusesAnMrnThatIsNotAnIdentifier() {
        assertThatThrownBy(() -> MedicalRecordNumber.of("12 34"))
                .extracting(e -> ((DomainException) e).field().orElseThrow())
                .isEqualTo("mrn");
        assertThatThrownBy(() -> MedicalRecordNumber.of(""))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.required");
    }

    @Test
    void refusesAnMrnWhoseLettersOnlyBecomeAsciiWhenUpperCased() {
        // The long s and the dotless i upper-case to S and I: accepted, they would name another patient's record.
        for (String lookAlike : new String[] {"MRN-\u017f1", "MRN-\u01311", "\uff21\uff22-12"}) {
            assertThatThrownBy(() -> MedicalRecordNumber.of(lookAlike))
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("validation.mrn");
        }
        assertThat(MedicalRecordNumber.of(" ab-12 ").value()).isEqualTo("AB-12");
    }

    @Test
    void aReturningPatientMustBeTheSamePerson() {
        Patient patient = register("MRN-4", LocalDate.of(1958, 3, 14));

        patient.confirmIdentity(PersonName.of("ANA", " garcía "), LocalDate.of(1958, 3, 14));
        assertThatThrownBy(() -> patient.confirmIdentity(PersonName.of("Ana", "García"), LocalDate.of(1958, 3, 15)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("patient.mrn.identityMismatch");
    }

    @Test
    void samePersonTwiceIsRecognisedByNameAndDateOfBirth() {
        Patient patient = register("MRN-5", LocalDate.of(1958, 3, 14));

        assertThat(patient.looksLike(PersonName.of("ana", "garcía"), LocalDate.of(1958, 3, 14))).isTrue();
        assertThat(patient.looksLike(PersonName.of("Ana", "García"), LocalDate.of(1959, 3, 14))).isFalse();
    }

    private static Patient register(String mrn, LocalDate dateOfBirth) {
        return Patient.register(MedicalRecordNumber.of(mrn), PersonName.of("Ana", "García"), dateOfBirth,
                EmailAddress.of("ana@example.org"), null, Language.ES, TODAY);
    }
}
