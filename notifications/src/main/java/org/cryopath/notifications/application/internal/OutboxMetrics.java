package org.cryopath.notifications.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.notifications.application.OutboxBacklog;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The outbox's metrics for IT ({@code /metrics?scope=application}). Gauges read the database when scraped, so they
 * are the same on every node: messages pending, messages failed (waiting for staff), and the age of the oldest due
 * message. Counters and the timer are this node's since it started: messages the dispatcher recorded as sent, as
 * failed for good, and as to be retried, and how long sending one batch took.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @EJB
    OutboxBacklog backlog;

    private Counter sent;
    private Counter failed;
    private Counter retried;
    private Timer batchDuration;

    @PostConstruct
    void register() {
        sent = registry.counter(Metadata.builder().withName("cryopath.outbox.sent")
                .withDescription("Emails this node's dispatcher recorded as sent").build());
        failed = registry.counter(Metadata.builder().withName("cryopath.outbox.failed")
                .withDescription("Emails this node's dispatcher failed for good (5xx, bad address, retries exhausted)")
                .build());
        retried = registry.counter(Metadata.builder().withName("cryopath.outbox.retried")
                .withDescription("Delivery attempts that failed for now and were scheduled again (SMTP down, 4xx)")
                .build());
        batchDuration = registry.timer(Metadata.builder().withName("cryopath.outbox.batch.duration")
                .withDescription("Time to send one claimed batch over SMTP").withUnit(MetricUnits.NANOSECONDS).build());
        registry.gauge(Metadata.builder().withName("cryopath.outbox.pending")
                .withDescription("Emails waiting to be sent (due or not)").build(), this,
                metrics -> metrics.read(b -> b.count(OutboxStatus.PENDING)));
        registry.gauge(Metadata.builder().withName("cryopath.outbox.failed.waiting")
                .withDescription("Failed emails waiting for staff to retry or cancel them").build(), this,
                metrics -> metrics.read(b -> b.count(OutboxStatus.FAILED)));
        registry.gauge(Metadata.builder().withName("cryopath.outbox.oldest.due.age")
                .withDescription("How long the oldest unsent due email has been due; 0 when none waits")
                .withUnit(MetricUnits.SECONDS).build(), this,
                metrics -> metrics.read(b -> b.oldestDueAge().map(Duration::toSeconds).orElse(0L)));
    }

    /** Registers the metrics when the application starts, so a scrape finds them before the first email. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sent.getCount();
    }

    void recorded(RecordedOutcomes outcomes) {
        sent.inc(outcomes.sent());
        failed.inc(outcomes.failed());
        retried.inc(outcomes.retried());
    }

    void batchSent(Duration duration) {
        batchDuration.update(duration);
    }

    /** A gauge that cannot read the database shows -1 rather than breaking the whole scrape. */
    private long read(ToLongFunction<OutboxBacklog> query) {
        try {
            return query.applyAsLong(backlog);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "An outbox gauge could not read the database", e);
            return -1;
        }
    }
}
