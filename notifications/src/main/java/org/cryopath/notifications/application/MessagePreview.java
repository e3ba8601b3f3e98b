package org.cryopath.notifications.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.model.outbox.StaffAction;

/**
 * A message as the patient receives it: its HTML and plain-text bodies and, for a booking, its calendar part; and
 * what staff did to it.
 *
 * @param calendarMethod REQUEST or CANCEL, or null when the message has no calendar part
 */
public record MessagePreview(OutboxEntry entry, String html, String text, String calendarMethod, String calendar,
        List<HistoryLine> history) implements Serializable {

    public MessagePreview {
        history = List.copyOf(history);
    }

    /** One staff action on the message, and the message's state just before it. */
    public record HistoryLine(StaffAction action, String actor, Instant at, OutboxStatus statusBefore,
            int attemptsBefore, String errorBefore) implements Serializable {
    }
}
