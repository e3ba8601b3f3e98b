package org.cryopath.domain.model.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.domain.shared.PhoneNumber;
import org.cryopath.domain.shared.Require;

/**
 * A person the clinic treats, recognised by the medical record number. Patients have no login: they are reached
 * by email in their preferred language, and by phone by the scheduling line.
 */
@Entity
@Table(name = "PATIENT")
public class Patient {

    /** Oldest date of birth the clinic accepts: guards against a mistyped century. */
    static final int MAX_AGE_YEARS = 130;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patientIds")
    @SequenceGenerator(name = "patientIds", sequenceName = "PATIENT_SEQ", allocationSize = 50)
    private Long id;

    @Embedded
    private MedicalRecordNumber mrn;

    @Embedded
    private PersonName name;

    /** The family name as {@link PersonName#key} compares it; indexed with the given name's key and the birth date. */
    @Column(name = "FAMILY_KEY", length = PersonName.MAX_LENGTH)
    private String familyKey;

    @Column(name = "GIVEN_KEY", length = PersonName.MAX_LENGTH)
    private String givenKey;

    @Column(name = "DATE_OF_BIRTH")
    private LocalDate dateOfBirth;

    @Embedded
    private EmailAddress email;

    @Embedded
    private PhoneNumber phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "PREFERRED_LANGUAGE", length = 8)
    private Language preferredLanguage;

    @Version
    private long version;

    protected Patient() {
    }

    private Patient(MedicalRecordNumber mrn, PersonName name, LocalDate dateOfBirth, EmailAddress email,
            PhoneNumber phone, Language preferredLanguage) {
        this.mrn = mrn;
        this.name = name;
        this.familyKey = name.familyKey();
        this.givenKey = name.givenKey();
        this.dateOfBirth = dateOfBirth;
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = preferredLanguage;
    }

    /**
     * Registers a patient first seen by the clinic.
     *
     * @param today the clinic's calendar date, against which the date of birth is checked
     */
    public static Patient register(MedicalRecordNumber mrn, PersonName name, LocalDate dateOfBirth,
            EmailAddress email, PhoneNumber phone, Language preferredLanguage, LocalDate today) {
        return new Patient(
                Require.present(mrn, "mrn"),
                Require.present(name, "name"),
                checkedDateOfBirth(dateOfBirth, today),
                Require.present(email, "email"),
                phone,
                Require.present(preferredLanguage, "preferredLanguage"));
    }

    /** A date of birth the clinic can accept: present, not in the future, not a mistyped century. */
    public static LocalDate checkedDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        Require.present(dateOfBirth, "dateOfBirth");
        if (dateOfBirth.isAfter(today)) {
            throw DomainException.invalid("dateOfBirth", "validation.dateOfBirth.future");
        }
        if (dateOfBirth.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            throw DomainException.invalid("dateOfBirth", "validation.dateOfBirth.tooOld", MAX_AGE_YEARS);
        }
        return dateOfBirth;
    }

    /**
     * Confirms that a returning patient, found by MRN, is the person now described. A different name or date of
     * birth under the same MRN is a typing error or a record mix-up, never something to merge silently.
     */
    public void confirmIdentity(PersonName describedName, LocalDate describedDateOfBirth) {
        if (!name.sameAs(describedName) || !dateOfBirth.equals(describedDateOfBirth)) {
            throw DomainException.invalid("mrn", "patient.mrn.identityMismatch");
        }
    }

    /** The patient told us how to reach them now. */
    public void updateContact(EmailAddress newEmail, PhoneNumber newPhone, Language newLanguage) {
        this.email = Require.present(newEmail, "email");
        this.phone = newPhone;
        this.preferredLanguage = Require.present(newLanguage, "preferredLanguage");
    }

    /** Another patient with this name and date of birth is worth a warning: perhaps the same person twice. */
    public boolean looksLike(PersonName otherName, LocalDate otherDateOfBirth) {
        return name.sameAs(otherName) && dateOfBirth.equals(otherDateOfBirth);
    }

    /** What the audit log records of a patient. */
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("mrn", mrn.value());
        state.put("givenName", name.given());
        state.put("familyName", name.family());
        state.put("dateOfBirth", dateOfBirth.toString());
        state.put("email", email.value());
        state.put("phone", phone == null ? "" : phone.value());
        state.put("preferredLanguage", preferredLanguage.name());
        return state;
    }

    public PatientId id() {
        return new PatientId(id);
    }

    public MedicalRecordNumber mrn() {
        return mrn;
    }

    public PersonName name() {
        return name;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public EmailAddress email() {
        return email;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public Language preferredLanguage() {
        return preferredLanguage;
    }
}
