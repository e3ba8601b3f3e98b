package org.cryopath.scheduling.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.infrastructure.audit.AuditTrail;
import org.cryopath.domain.model.idempotency.IdempotentRequest;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.MedicalRecordNumber;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferralRegistered;
import org.cryopath.domain.model.referral.ReferringClinician;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.domain.shared.PhoneNumber;
import org.cryopath.domain.shared.Require;
import org.cryopath.domain.shared.Violations;
import org.cryopath.scheduling.application.ReferralIntake;
import org.cryopath.scheduling.application.ReferralRegistration;

/**
 * Registers one referral in the caller's transaction: the patient (new, or recognised by MRN), the referral, their
 * audit entries and the event that sends email E1. The look-ups it makes before writing read only rows with the
 * same MRN or the same name keys, so registrations of different patients never wait on each other.
 */
@Stateless
// Reached through ReferralService and IdempotentIntake, which check the caller's roles, and by the demo data at
// start-up, where nobody is signed in: it declares no roles of its own.
@PermitAll
public class ReferralRegistrar {

    @PersistenceContext(unitName = "cryopath")
    EntityManager em;

    @Inject
    Event<ReferralRegistered> referralRegistered;

    @Inject
    ClinicProfile clinic;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** See {@link org.cryopath.scheduling.application.ReferralService#register}. */
    public ReferralRegistration register(ReferralIntake intake) {
        LocalDate today = clinic.dateAt(clock.instant());
        ReferralIntake.PatientDetails details = intake.patient() == null
                ? new ReferralIntake.PatientDetails(null, null, null, null, null, null, null)
                : intake.patient();

        // Every input on its own first, so one refusal lists every faulty field.
        Violations violations = new Violations();
        MedicalRecordNumber mrn = violations.check(() -> MedicalRecordNumber.of(details.mrn(), "patient.mrn"));
        PersonName name = violations.check("patient", () -> PersonName.of(details.givenName(), details.familyName()));
        LocalDate dateOfBirth = violations.check("patient", () -> Patient.checkedDateOfBirth(details.dateOfBirth(), today));
        EmailAddress email = violations.check(() -> EmailAddress.of(details.email(), "patient.email"));
        PhoneNumber phone = violations.check(() -> PhoneNumber.optional(details.phone(), "patient.phone"));
        Language language = violations.check(() -> Require.present(details.preferredLanguage(), "patient.preferredLanguage"));
        ReferringClinician referrer = violations.check("referrer", () -> referrerOf(intake.referrer()));
        violations.check(() -> Require.present(intake.targetOrgan(), "targetOrgan"));
        violations.check(() -> Require.optionalText(intake.indication(), "indication", Referral.INDICATION_MAX_LENGTH));
        violations.check(() -> Require.present(intake.anticoagulated(), "anticoagulated"));
        violations.check(() -> Require.present(intake.diabetic(), "diabetic"));
        violations.throwIfAny();

        Optional<Patient> known = findByMrn(mrn);
        List<PatientId> lookAlikes = lookAlikesOf(name, dateOfBirth, mrn);
        Map<String, String> patientBefore = known.map(Patient::auditState).orElse(null);
        if (known.isPresent()) {
            Violations identity = new Violations();
            identity.check("patient", () -> {
                known.get().confirmIdentity(name, dateOfBirth);
                return known.get();
            });
            identity.throwIfAny();
            known.get().updateContact(email, phone, language);
        }
        Patient patient = known.orElseGet(() -> Patient.register(mrn, name, dateOfBirth, email, phone, language, today));
        Referral referral = Referral.receive(patient, referrer, intake.targetOrgan(), intake.indication(),
                intake.requestedGuidance(), intake.priority(), intake.anticoagulated(), intake.diabetic(),
                clock.instant());

        if (known.isEmpty()) {
            em.persist(patient);
        }
        em.persist(referral);
        em.flush();
        if (patientBefore == null) {
            audit.record("patient.registered", "Patient", patient.id().value(), patient.id(), null, patient.auditState());
        } else if (!patientBefore.equals(patient.auditState())) {
            audit.record("patient.contactChanged", "Patient", patient.id().value(), patient.id(), patientBefore,
                    patient.auditState());
        }
        audit.record("referral.registered", "Referral", referral.id().value(), patient.id(), null, referral.auditState());
        referralRegistered.fire(new ReferralRegistered(referral.id(), patient.id()));
        return new ReferralRegistration(referral.id(), patient.id(), known.isEmpty(), lookAlikes);
    }

    private static ReferringClinician referrerOf(ReferralIntake.ReferrerDetails details) {
        ReferralIntake.ReferrerDetails referrer = details == null
                ? new ReferralIntake.ReferrerDetails(null, null, null, null) : details;
        Violations violations = new Violations();
        PhoneNumber phone = violations.check(() -> PhoneNumber.of(referrer.phone(), "phone"));
        EmailAddress email = violations.check(() -> referrer.email() == null || referrer.email().isBlank()
                ? null : EmailAddress.of(referrer.email(), "email"));
        violations.check(() -> Require.text(referrer.name(), "name", ReferringClinician.MAX_LENGTH));
        violations.throwIfAny();
        return ReferringClinician.of(referrer.name(), referrer.practice(), phone, email);
    }

    private Optional<Patient> findByMrn(MedicalRecordNumber mrn) {
        return em.createQuery("SELECT p FROM Patient p WHERE p.mrn = :mrn", Patient.class)
                .setParameter("mrn", mrn)
                .getResultStream()
                .findFirst();
    }

    /**
     * Other patients with this name and date of birth: an equality look-up on the indexed name keys, so the read
     * touches only such patients (never the rows other registrations are inserting). Called before the patient
     * is written, so two registrations of look-alikes at the same moment never wait on each other.
     */
    private List<PatientId> lookAlikesOf(PersonName name, LocalDate dateOfBirth, MedicalRecordNumber mrn) {
        return em.createQuery("SELECT p.id FROM Patient p WHERE p.familyKey = :family AND p.givenKey = :given "
                        + "AND p.dateOfBirth = :dob AND p.mrn <> :mrn ORDER BY p.id", Long.class)
                .setParameter("family", name.familyKey())
                .setParameter("given", name.givenKey())
                .setParameter("dob", dateOfBirth)
                .setParameter("mrn", mrn)
                .setMaxResults(IdempotentRequest.MAX_LOOK_ALIKES)
                .getResultStream()
                .map(PatientId::new)
                .toList();
    }
}
