package org.cryopath.domain.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.cryopath.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class EscortTest {

    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void aPatientConfirmsThroughTheLinkWithNameAndPhone() {
        Escort escort = Escort.requested().confirmed(" Ana Ruiz ", "+1 555 010 2030", "daughter",
                EscortConfirmation.PATIENT_LINK, null, NOW);

        assertThat(escort.isConfirmed()).isTrue();
        assertThat(escort.name()).isEqualTo("Ana Ruiz");
        assertThat(escort.phone().value()).isEqualTo("+1 555 010 2030");
        assertThat(escort.relationship()).isEqualTo("daughter");
        assertThat(escort.confirmedBy()).isEqualTo(EscortConfirmation.PATIENT_LINK);
        assertThat(escort.recordedBy()).isNull();
        assertThat(escort.answeredAt()).isEqualTo(NOW);
        assertThat(escort.needsFollowUp()).isFalse();
    }

    @Test
    void aMissingNameAndAWrongPhoneAreRefusedEachOnItsFieldAndNothingChanges() {
        Escort requested = Escort.requested();

        assertThatThrownBy(() -> requested.confirmed(" ", "12", null, EscortConfirmation.PATIENT_LINK, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field().orElse("") + ":" + v.messageKey())
                        .containsExactly("escortName:validation.required", "escortPhone:validation.phone"));
        assertThatThrownBy(() -> requested.confirmed("Ana", null, null, EscortConfirmation.PATIENT_LINK, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field().orElse("") + ":" + v.messageKey())
                        .containsExactly("escortPhone:validation.required"));
        assertThat(requested.status()).isEqualTo(EscortStatus.REQUESTED);
    }

    @Test
    void aPhoneConfirmationNamesWhoCalled() {
        Escort escort = Escort.requested().confirmed("Ana", "555 010 2030", null, EscortConfirmation.STAFF_PHONE,
                "frontdesk", NOW);
        assertThat(escort.recordedBy()).isEqualTo("frontdesk");
        assertThat(escort.relationship()).isNull();

        assertThatThrownBy(() -> Escort.requested().confirmed("Ana", "555 010 2030", null,
                EscortConfirmation.STAFF_PHONE, null, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void nobodyAvailableNeedsTheFrontDesk() {
        Escort escort = Escort.requested().unavailable(EscortConfirmation.PATIENT_LINK, null, NOW);

        assertThat(escort.status()).isEqualTo(EscortStatus.UNAVAILABLE);
        assertThat(escort.isConfirmed()).isFalse();
        assertThat(escort.needsFollowUp()).isTrue();
    }

    @Test
    void aRescheduleKeepsAConfirmedEscortButAsksForItAgain() {
        Escort confirmed = Escort.requested().confirmed("Ana", "555 010 2030", "daughter",
                EscortConfirmation.PATIENT_LINK, null, NOW);

        Escort kept = confirmed.forReplacement();

        assertThat(kept.isConfirmed()).isTrue();
        assertThat(kept.name()).isEqualTo("Ana");
        assertThat(kept.reconfirmationRequested()).isTrue();
        assertThat(kept.needsFollowUp()).isTrue();
        Escort again = kept.confirmed("Ana", "555 010 2030", "daughter", EscortConfirmation.PATIENT_LINK, null, NOW);
        assertThat(again.reconfirmationRequested()).isFalse();
        assertThat(again.needsFollowUp()).isFalse();

        Escort unanswered = Escort.requested().unavailable(EscortConfirmation.PATIENT_LINK, null, NOW).forReplacement();
        assertThat(unanswered.status()).isEqualTo(EscortStatus.REQUESTED);
        assertThat(unanswered.reconfirmationRequested()).isFalse();
    }
}
