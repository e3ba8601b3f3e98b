package org.cryopath.notifications.application;

/** How many outbox messages stand in each status. */
public record OutboxCounts(long pending, long sent, long failed, long cancelled) {

    public long total() {
        return pending + sent + failed + cancelled;
    }
}
