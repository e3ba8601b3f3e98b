package org.cryopath.domain.model.staff;

import java.time.Duration;

/** After {@code maxFailures} wrong passwords in a row, an account is locked for {@code lockDuration}. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A lockout policy needs at least one failure and a positive lock time");
        }
    }
}
