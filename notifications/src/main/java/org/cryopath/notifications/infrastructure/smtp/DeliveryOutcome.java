package org.cryopath.notifications.infrastructure.smtp;

/** What happened to one message of a batch. */
public record DeliveryOutcome(long outboxId, Result result, String detail) {

    public enum Result {
        /** The server accepted the message. */
        DELIVERED,
        /** Try again later: the server was unreachable or answered 4xx. */
        TRANSIENT_FAILURE,
        /** Trying again will not help: a 5xx answer or an address that cannot be right. */
        PERMANENT_FAILURE
    }

    public static DeliveryOutcome delivered(long outboxId) {
        return new DeliveryOutcome(outboxId, Result.DELIVERED, null);
    }

    public static DeliveryOutcome transientFailure(long outboxId, String detail) {
        return new DeliveryOutcome(outboxId, Result.TRANSIENT_FAILURE, detail);
    }

    public static DeliveryOutcome permanentFailure(long outboxId, String detail) {
        return new DeliveryOutcome(outboxId, Result.PERMANENT_FAILURE, detail);
    }
}
