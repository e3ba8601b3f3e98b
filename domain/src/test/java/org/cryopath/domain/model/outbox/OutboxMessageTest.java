package org.cryopath.domain.model.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aNewMessageIsPendingAndDueAtItsDueTime() {
        OutboxMessage message = message(NOW.plusSeconds(60));

        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.isDue(NOW)).isFalse();
        assertThat(message.isDue(NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void aTransientFailureKeepsItPendingUntilTheRetryTime() {
        OutboxMessage message = message(NOW);
        message.attemptFailed("421 try later", NOW.plusSeconds(30));

        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.lastError()).isEqualTo("421 try later");
        assertThat(message.isDue(NOW.plusSeconds(29))).isFalse();
        assertThat(message.isDue(NOW.plusSeconds(30))).isTrue();
    }

    @Test
    void aFailedMessageCanBeRetriedOrCancelledButASentOneCannot() {
        OutboxMessage failed = message(NOW);
        failed.failed("550 no such user");
        failed.retry(NOW);
        assertThat(failed.isDue(NOW)).isTrue();

        OutboxMessage sent = message(NOW);
        sent.delivered(NOW);
        assertThat(sent.sentAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> sent.cancel("too late")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> sent.retry(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aStaffRetryGivesAFreshAllowanceOfAttempts() {
        OutboxMessage message = message(NOW);
        message.attemptFailed("421 busy", NOW.plusSeconds(30));
        message.failed("Gave up after 2 attempts");

        message.retry(NOW.plusSeconds(600));

        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.attempts()).isZero();
        assertThat(message.isDue(NOW.plusSeconds(600))).isTrue();
        assertThat(message.lastError()).isEqualTo("Gave up after 2 attempts");
    }

    @Test
    void staffHistoryKeepsWhatTheMessageLookedLikeBeforeTheAction() {
        OutboxMessage message = message(NOW);
        message.failed("550 5.1.1 no such user");

        OutboxEvent event = OutboxEvent.of(withId(message, 7L), StaffAction.RETRIED, "nurse.ana", NOW);

        assertThat(event.outboxId()).isEqualTo(7L);
        assertThat(event.statusBefore()).isEqualTo(OutboxStatus.FAILED);
        assertThat(event.attempts()).isEqualTo(1);
        assertThat(event.lastError()).isEqualTo("550 5.1.1 no such user");
        assertThat(event.actor()).isEqualTo("nurse.ana");
        assertThatThrownBy(() -> OutboxEvent.of(message, StaffAction.CANCELLED, " ", NOW))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void onlyTheRunHoldingTheClaimMayRecordAnOutcome() {
        OutboxMessage message = message(NOW);

        assertThat(message.isClaimedBy("token")).isFalse();
        assertThat(message.isClaimedBy(null)).isFalse();
    }

    @Test
    void aCancelledMessageIsNeverDue() {
        OutboxMessage message = message(NOW);
        message.cancel("session rescheduled");
        assertThat(message.isDue(NOW.plusSeconds(3600))).isFalse();
        assertThat(message.status()).isEqualTo(OutboxStatus.CANCELLED);
    }

    @Test
    void overlongErrorsAreCutToTheColumn() {
        OutboxMessage message = message(NOW);
        message.failed("x".repeat(5000));
        assertThat(message.lastError()).hasSize(OutboxMessage.ERROR_MAX_LENGTH);
    }

    private static OutboxMessage withId(OutboxMessage message, long id) {
        try {
            var field = OutboxMessage.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(message, id);
            return message;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static OutboxMessage message(Instant due) {
        return OutboxMessage.enqueue("referral-1/E1", "referral-1", MessageKind.E1_REFERRAL_RECEIVED,
                new PatientId(1), EmailAddress.of("ana@example.org"), Language.ES,
                MailContent.of("Subject", "text", "<p>html</p>"), "<abc@cryopath.example>", due, NOW);
    }
}
