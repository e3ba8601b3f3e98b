package org.cryopath.scheduling.infrastructure.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Counts refused sign-ins and the lockouts they caused, on this node since it started (a cluster's totals are the
 * sum over its nodes). A run of failures against one account, or lockouts piling up, is what IT alerts on.
 */
@ApplicationScoped
public class SignInMetrics {

    @Inject
    MetricRegistry registry;

    private Counter failures;
    private Counter lockouts;

    @PostConstruct
    void register() {
        failures = registry.counter(Metadata.builder().withName("cryopath.signin.failures")
                .withDescription("Sign-ins refused for a wrong password, an unknown user or a locked account").build());
        lockouts = registry.counter(Metadata.builder().withName("cryopath.signin.lockouts")
                .withDescription("Accounts locked after too many wrong passwords in a row").build());
    }

    /** Registers the counters when the application starts, so they read 0 before the first failure. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        failures.getCount();
    }

    public void failed() {
        failures.inc();
    }

    public void locked() {
        lockouts.inc();
    }
}
