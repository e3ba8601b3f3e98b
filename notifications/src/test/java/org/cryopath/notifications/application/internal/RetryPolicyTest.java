package org.cryopath.notifications.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 16);

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void itGivesUpAfterTheLastAllowedAttempt() {
        assertThat(policy.exhaustedAfter(15)).isFalse();
        assertThat(policy.exhaustedAfter(16)).isTrue();
    }

    @Test
    void theDefaultsRideOutAnOutageOfSeveralHours() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < 16; failed++) {
            total = total.plus(policy.delayAfter(failed));
        }
        assertThat(total).isGreaterThan(Duration.ofHours(4));
    }

    @Test
    void aPolicyThatCouldNeverWaitIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
