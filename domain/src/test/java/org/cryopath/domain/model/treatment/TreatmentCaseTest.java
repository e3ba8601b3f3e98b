package org.cryopath.domain.model.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.cryopath.domain.model.referral.Referral;
import org.cryopath.domain.model.referral.ReferralTestData;
import org.cryopath.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class TreatmentCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @Test
    void anAcceptedReferralOpensACaseThatIssuingPreparationMovesOn() {
        Referral referral = ReferralTestData.received();
        referral.accept();

        TreatmentCase treatment = TreatmentCase.open(referral, Anaesthesia.GENERAL, Guidance.ULTRASOUND, 2, NOW);

        assertThat(treatment.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(treatment.patient()).isSameAs(referral.patient());
        treatment.preparationIssued();
        assertThat(treatment.status()).isEqualTo(CaseStatus.PREPARING);
        treatment.preparationIssued();
        assertThat(treatment.status()).isEqualTo(CaseStatus.PREPARING);
    }

    @Test
    void onlyAnAcceptedReferralOpensACase() {
        Referral received = ReferralTestData.received();
        assertThatThrownBy(() -> TreatmentCase.open(received, Anaesthesia.GENERAL, Guidance.CT, 1, NOW))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("case.open.referralNotAccepted");
        received.askForInformation("Latest CT, please.");
        assertThatThrownBy(() -> TreatmentCase.open(received, Anaesthesia.GENERAL, Guidance.CT, 1, NOW))
                .isInstanceOf(DomainException.class);
        Referral declined = ReferralTestData.received();
        declined.decline("Not suitable for ablation.");
        assertThatThrownBy(() -> TreatmentCase.open(declined, Anaesthesia.GENERAL, Guidance.CT, 1, NOW))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theNumberOfSessionsIsBetweenOneAndSix() {
        Referral referral = ReferralTestData.received();
        referral.accept();
        assertThatThrownBy(() -> TreatmentCase.open(referral, Anaesthesia.GENERAL, Guidance.CT, 0, NOW))
                .extracting(e -> ((DomainException) e).field().orElseThrow()).isEqualTo("plannedSessions");
        assertThatThrownBy(() -> TreatmentCase.open(referral, Anaesthesia.GENERAL, Guidance.CT, 7, NOW))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aCancelledCaseKeepsItsReasonAndTakesNoPreparation() {
        Referral referral = ReferralTestData.received();
        referral.accept();
        TreatmentCase treatment = TreatmentCase.open(referral, Anaesthesia.SEDATION, Guidance.CT, 1, NOW);
        treatment.cancel("Patient chose surgery");
        assertThat(treatment.cancelReason()).isEqualTo("Patient chose surgery");
        assertThat(treatment.acceptsPreparation()).isFalse();
        assertThatThrownBy(treatment::preparationIssued).isInstanceOf(DomainException.class);
    }
}
