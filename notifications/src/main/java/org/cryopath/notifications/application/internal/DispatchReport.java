package org.cryopath.notifications.application.internal;

import java.util.List;
import org.cryopath.notifications.infrastructure.smtp.DeliveryOutcome;

/** What one dispatch run did: messages delivered, to be retried, and failed for good. */
public record DispatchReport(int delivered, int transientFailures, int permanentFailures) {

    static final DispatchReport NONE = new DispatchReport(0, 0, 0);

    DispatchReport plus(List<DeliveryOutcome> outcomes) {
        int sent = delivered;
        int retry = transientFailures;
        int failed = permanentFailures;
        for (DeliveryOutcome outcome : outcomes) {
            switch (outcome.result()) {
                case DELIVERED -> sent++;
                case TRANSIENT_FAILURE -> retry++;
                case PERMANENT_FAILURE -> failed++;
            }
        }
        return new DispatchReport(sent, retry, failed);
    }

    public int total() {
        return delivered + transientFailures + permanentFailures;
    }
}
