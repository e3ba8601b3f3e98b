package org.cryopath.notifications.application;

import java.io.Serializable;

/** How many outbox messages stand in each status. */
public record OutboxCounts(long pending, long sent, long failed, long cancelled) implements Serializable {

    public long total() {
        return pending + sent + failed + cancelled;
    }
}
