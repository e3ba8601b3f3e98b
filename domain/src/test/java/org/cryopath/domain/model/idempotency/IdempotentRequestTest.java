package org.cryopath.domain.model.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.referral.ReferralId;
import org.cryopath.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotentRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String FINGERPRINT = "0123456789abcdef".repeat(4);

    @ParameterizedTest
    @ValueSource(strings = {"8e03978e-40d5-43e8-bc93-6894a57f9324", "01HZX3V5T0K8Q2", "order:4711/retry=1", "a",
            "c3VyZS4rLw=="})
    void uuidsUlidsAndBase64AreWellFormedKeys(String key) {
        assertThat(IdempotentRequest.isWellFormedKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "has space", "quote\"d", "semi;colon", "caf\u00e9", "new\nline", "<script>"})
    void keysWithOtherCharactersAreRefused(String key) {
        assertThat(IdempotentRequest.isWellFormedKey(key)).isFalse();
    }

    @Test
    void aKeyIsAtMost128Characters() {
        assertThat(IdempotentRequest.isWellFormedKey("k".repeat(128))).isTrue();
        assertThat(IdempotentRequest.isWellFormedKey("k".repeat(129))).isFalse();
        assertThatThrownBy(() -> claim("k".repeat(129)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("api.idempotencyKey.invalid");
    }

    @Test
    void aRetryIsRecognisedByItsFingerprint() {
        IdempotentRequest request = claim(UUID.randomUUID().toString());

        assertThat(request.isSameRequest(FINGERPRINT)).isTrue();
        assertThat(request.isSameRequest("f".repeat(64))).isFalse();
    }

    @Test
    void remembersWhatTheFirstRequestCreatedOnlyOnce() {
        IdempotentRequest request = claim("key-1");
        assertThat(request.referral()).isEmpty();

        request.createdReferral(new ReferralId(42), false, List.of(new PatientId(3)));

        assertThat(request.referral()).contains(new ReferralId(42));
        assertThat(request.newPatient()).isFalse();
        assertThat(request.lookAlikes()).containsExactly(new PatientId(3));
        assertThatThrownBy(() -> request.createdReferral(new ReferralId(43), true, List.of()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("api.idempotencyKey.alreadyUsed");
    }

    @Test
    void keepsAtMostAHundredLookAlikesForTheAnswerToARetry() {
        IdempotentRequest request = claim("key-2");

        request.createdReferral(new ReferralId(1), true,
                LongStream.rangeClosed(1_000_000_000_000L, 1_000_000_000_150L).mapToObj(PatientId::new).toList());

        assertThat(request.lookAlikes()).hasSize(IdempotentRequest.MAX_LOOK_ALIKES);
    }

    @Test
    void aFingerprintMustBeASha256InHex() {
        assertThatThrownBy(() -> IdempotentRequest.claim("frontdesk", IdempotentRequest.REGISTER_REFERRAL, "k",
                "not-a-hash", NOW)).isInstanceOf(DomainException.class);
    }

    private static IdempotentRequest claim(String key) {
        return IdempotentRequest.claim("frontdesk", IdempotentRequest.REGISTER_REFERRAL, key, FINGERPRINT, NOW);
    }
}
