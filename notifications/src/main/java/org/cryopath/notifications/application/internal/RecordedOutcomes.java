package org.cryopath.notifications.application.internal;

/** What recording one batch changed: messages now sent, failed for good, and scheduled for another attempt. */
public record RecordedOutcomes(int sent, int failed, int retried) {

    static final RecordedOutcomes NONE = new RecordedOutcomes(0, 0, 0);
}
