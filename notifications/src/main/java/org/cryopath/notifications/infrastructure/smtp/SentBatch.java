package org.cryopath.notifications.infrastructure.smtp;

import java.util.List;

/**
 * What sending one batch did: an outcome per message, and whether the SMTP server could not be reached at all
 * (then the dispatcher leaves the rest of the queue for the next tick instead of knocking again at once).
 */
public record SentBatch(List<DeliveryOutcome> outcomes, boolean serverUnavailable) {

    public SentBatch {
        outcomes = List.copyOf(outcomes);
    }
}
