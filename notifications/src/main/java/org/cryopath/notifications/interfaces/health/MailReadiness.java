package org.cryopath.notifications.interfaces.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.notifications.application.OutboxBacklog;
import org.cryopath.notifications.infrastructure.smtp.MailSettings;
import org.cryopath.notifications.infrastructure.smtp.SmtpProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the SMTP relay takes a connection (and the login, when one is configured): patient email cannot leave
 * otherwise, and messages pile up in the outbox. The data report the relay, the pending messages and the age of the
 * oldest due one, so IT sees a backlog growing before patients notice. A relay that is down takes the check down at
 * once; the outbox keeps every message and sends it when the relay is back.
 *
 * <p>Probing the relay costs a connection, so the answer is kept for a few seconds: readiness probes from a load
 * balancer and a monitor together do not knock at the relay several times a second.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    static final String NAME = "smtp";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final long KEEP_NANOS = Duration.ofSeconds(3).toNanos();

    @Inject
    MailSettings mail;

    @EJB
    OutboxBacklog backlog;

    private volatile Probed last;

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = relayProblem();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(problem.isEmpty())
                .withData("relay", SmtpProbe.relayOf(mail.session()));
        problem.ifPresent(reason -> response.withData("error", reason));
        try {
            response.withData("pendingEmails", backlog.count(OutboxStatus.PENDING));
            response.withData("oldestDueEmailAgeSeconds", backlog.oldestDueAge().map(Duration::toSeconds).orElse(0L));
        } catch (RuntimeException e) {
            // The database check reports why; this check is about the relay.
            response.withData("backlog", "unknown: the database did not answer");
        }
        return response.build();
    }

    private Optional<String> relayProblem() {
        Probed probed = last;
        if (probed == null || System.nanoTime() - probed.at() > KEEP_NANOS) {
            probed = new Probed(System.nanoTime(),
                    SmtpProbe.problemWith(mail.session(), mail.credentials(), PROBE_TIMEOUT));
            last = probed;
        }
        return probed.problem();
    }

    private record Probed(long at, Optional<String> problem) {
    }
}
