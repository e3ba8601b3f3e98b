package org.cryopath.notifications.application.internal;

import java.time.Duration;

/**
 * How transient failures are retried: exponential backoff from {@code initialDelay}, doubling up to
 * {@code maxDelay}, until {@code maxAttempts} attempts have failed. The defaults ride out an SMTP outage of several
 * hours.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Retry policy needs 0 < initial delay <= max delay and at least one attempt");
        }
    }

    /** The wait before the next attempt, after {@code failedAttempts} failed ones (1, 2, ...). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = initialDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** True when {@code failedAttempts} failures are as many as the policy allows. */
    public boolean exhaustedAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
