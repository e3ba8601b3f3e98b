package org.cryopath.domain.model.protocol;

/** What a protocol text is about. */
public enum TextTopic {
    /** Something to bring on the day. */
    BRING,
    /** Preparation specific to the organ treated. */
    ORGAN,
    /** What a patient with diabetes does on the day (blood sugar). */
    DIABETES,
    /** When to stop eating solid food; {@code {hours}} is the rule's hours. */
    FASTING_SOLIDS,
    /** When to stop drinking clear fluids; {@code {hours}} is the rule's hours. */
    FASTING_FLUIDS,
    /** When to arrive; {@code {minutes}} is the protocol's arrival lead time. */
    ARRIVAL
}
