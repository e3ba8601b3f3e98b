package org.cryopath.notifications.application;

import java.io.Serializable;
import java.time.Instant;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.outbox.OutboxStatus;

/**
 * One line of the outbox monitor.
 *
 * @param mrn the patient's MRN, or null for a message to no known patient
 * @param patientName "Family, Given", or null
 * @param lastError the reason of the last failure, or why it was cancelled
 */
public record OutboxEntry(long id, MessageKind kind, OutboxStatus status, String recipient, String mrn,
        String patientName, String subject, int attempts, Instant createdAt, Instant dueAt, Instant nextAttemptAt,
        Instant sentAt, String lastError, String messageId) implements Serializable {

    /** "E3": how staff and the design name an email. */
    public String code() {
        return kind.code();
    }

    public boolean retryable() {
        return status == OutboxStatus.FAILED;
    }

    public boolean cancellable() {
        return status == OutboxStatus.PENDING || status == OutboxStatus.FAILED;
    }
}
