package org.cryopath.scheduling.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cryopath.scheduling.application.EscortEscalation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the escort escalation every {@code cryopath.escort.interval-seconds} (300) on every node, with a
 * non-persistent timer of its own: nothing is lost when a node stops, the next run on any node does what is due.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Its timer runs it without a signed-in user.
@PermitAll
public class EscortEscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscortEscalationTimer.class.getName());

    @Resource
    TimerService timers;

    @EJB
    EscortEscalation escalation;

    @Inject
    @ConfigProperty(name = "cryopath.escort.interval-seconds", defaultValue = "300")
    long intervalSeconds;

    /** The timer's runs do not overlap on one node. */
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void startTimer() {
        long interval = Duration.ofSeconds(Math.max(1, intervalSeconds)).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("escort-escalation", false));
        LOG.info(() -> "Escort escalation runs every " + intervalSeconds + " s");
    }

    @Timeout
    void onTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            EscortEscalation.Report report = escalation.runDue();
            if (report.joined() + report.atRisk() + report.reminders() > 0) {
                LOG.info(() -> "Escort escalation: " + report);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escort escalation run failed; retrying on the next tick", e);
        } finally {
            running.set(false);
        }
    }
}
