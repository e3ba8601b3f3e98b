package org.cryopath.notifications.application.internal;

import java.util.List;
import org.cryopath.notifications.infrastructure.smtp.OutboundMessage;

/** The messages one dispatcher run claimed, and the token that proves the claim when outcomes are recorded. */
public record ClaimedBatch(String token, List<OutboundMessage> messages) {

    static final ClaimedBatch EMPTY = new ClaimedBatch("", List.of());

    public ClaimedBatch {
        messages = List.copyOf(messages);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public int size() {
        return messages.size();
    }
}
