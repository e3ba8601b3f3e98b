package org.cryopath.notifications.application;

import java.time.Duration;
import java.util.Optional;
import org.cryopath.domain.model.outbox.OutboxStatus;

/** What the outbox still owes, for readiness and metrics. */
public interface OutboxBacklog {

    /** How many messages stand in the status. */
    long count(OutboxStatus status);

    /**
     * How long the oldest pending message has been due (one being sent or waiting for a retry included); empty when
     * nothing due is waiting. It grows while SMTP is down or the dispatcher is stuck.
     */
    Optional<Duration> oldestDueAge();
}
