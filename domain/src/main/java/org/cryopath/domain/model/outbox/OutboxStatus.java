package org.cryopath.domain.model.outbox;

/**
 * Where an email stands: {@code PENDING -> SENT | FAILED | CANCELLED}. A failed message can be put back to
 * {@code PENDING} by staff (retry); a pending one can be cancelled or superseded.
 */
public enum OutboxStatus {
    PENDING, SENT, FAILED, CANCELLED
}
