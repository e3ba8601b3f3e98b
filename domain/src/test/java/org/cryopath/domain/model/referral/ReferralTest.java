package org.cryopath.domain.model.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.MedicalRecordNumber;
import org.cryopath.domain.model.patient.Patient;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.EmailAddress;
import org.cryopath.domain.shared.PersonName;
import org.cryopath.domain.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

class ReferralTest {

    @Test
    void aNewReferralWaitsInTriage() {
        Referral referral = newReferral();

        assertThat(referral.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(referral.priority()).isEqualTo(Priority.ROUTINE);
        assertThat(referral.requestedGuidance()).isEqualTo(GuidancePreference.EITHER);
    }

    @Test
    void triageCanAcceptAReceivedReferral() {
        Referral referral = newReferral();
        referral.accept();
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void aDeclineCarriesItsReason() {
        Referral referral = newReferral();
        referral.decline("Lesion too close to the bowel");
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referral.statusNote()).isEqualTo("Lesion too close to the bowel");
    }

    @Test
    void aDeclineWithoutReasonIsRefused() {
        Referral referral = newReferral();
        assertThatThrownBy(() -> referral.decline(" "))
                .extracting(e -> ((DomainException) e).field().orElseThrow())
                .isEqualTo("reason");
        assertThat(referral.status()).isEqualTo(ReferralStatus.RECEIVED);
    }

    @Test
    void aQuestionToTheReferrerParksTheReferralUntilAnswered() {
        Referral referral = newReferral();
        referral.askForInformation("Latest CT please");
        assertThat(referral.status()).isEqualTo(ReferralStatus.NEEDS_INFO);

        assertThatThrownBy(referral::accept).isInstanceOf(DomainException.class);

        referral.informationReceived();
        assertThat(referral.status()).isEqualTo(ReferralStatus.RECEIVED);
        referral.accept();
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void anAcceptedReferralCannotBeDeclinedAfterwards() {
        Referral referral = newReferral();
        referral.accept();
        assertThatThrownBy(() -> referral.decline("changed our mind"))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("referral.decline.notReceived");
    }

    @Test
    void theReferringClinicianMustBeReachable() {
        assertThatThrownBy(() -> ReferringClinician.of("Dr. Lee", null, null, null))
                .extracting(e -> ((DomainException) e).field().orElseThrow())
                .isEqualTo("referrer.phone");
    }

    static Referral newReferral() {
        Patient patient = Patient.register(MedicalRecordNumber.of("MRN-77"), PersonName.of("John", "Smith"),
                LocalDate.of(1950, 1, 2), EmailAddress.of("john@example.org"), null, Language.EN,
                LocalDate.of(2026, 11, 25));
        ReferringClinician referrer = ReferringClinician.of("Dr. Lee", "Harbour Oncology",
                PhoneNumber.of("+1 617 555 0100", "referrer.phone"), null);
        return Referral.receive(patient, referrer, TargetOrgan.KIDNEY, "4 cm renal mass", null, null, false, false,
                Instant.parse("2026-11-25T09:00:00Z"));
    }
}
