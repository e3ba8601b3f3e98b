package org.cryopath.notifications.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * What staff see and do on the outbox monitor: how many messages stand where, the failed ones with their reason,
 * a patient's messages, a rendered preview of any message, and putting a failed message back in the queue or
 * cancelling one. Every action is recorded with who did it.
 */
@Local
public interface OutboxMonitoring {

    /** The most messages one page holds, and the most a patient search lists. */
    int MAX_PAGE_SIZE = 200;

    /** How many messages are pending, sent, failed and cancelled. */
    OutboxCounts counts();

    /**
     * One page of the failed messages, most recent first ({@link OutboxCounts#failed()} says how many there are).
     *
     * @param first the position of the page's first message, from 0
     * @param pageSize at most this many, and never more than {@link #MAX_PAGE_SIZE}
     */
    List<OutboxEntry> failed(int first, int pageSize);

    /**
     * The messages of the patients matching {@code search} (an MRN, part of a name, or part of an email address),
     * most recent first; empty for a blank search.
     */
    List<OutboxEntry> forPatient(String search, int maxResults);

    /** One message as the patient receives it, with its staff history. */
    Optional<MessagePreview> preview(long outboxId);

    /**
     * Puts a failed message back in the queue, to be sent at once. Recorded in the message's history and the audit
     * log with the signed-in user.
     *
     * @throws org.cryopath.domain.shared.DomainException when the message is not failed, is unknown, or changed
     *     meanwhile
     */
    void retry(long outboxId);

    /**
     * Withdraws a pending or failed message: it will never be sent. Recorded like {@link #retry}.
     *
     * @throws org.cryopath.domain.shared.DomainException when the message is sent or cancelled already, is
     *     unknown, or changed meanwhile
     */
    void cancel(long outboxId);
}
