package org.cryopath.domain.model.protocol;

import java.util.Set;

/** What a protocol text is about, and the placeholders its texts may use. */
public enum TextTopic {
    /** Something to bring on the day. */
    BRING,
    /** Preparation specific to the organ treated. */
    ORGAN,
    /** What a patient with diabetes does on the day (blood sugar). */
    DIABETES,
    /** When to stop eating solid food; {@code {hours}} is the rule's hours. */
    FASTING_SOLIDS("hours"),
    /** When to stop drinking clear fluids; {@code {hours}} is the rule's hours. */
    FASTING_FLUIDS("hours"),
    /** When to arrive; {@code {minutes}} is the protocol's arrival lead time. */
    ARRIVAL("minutes"),
    /** After treatment (E8): what is normal in the first days. */
    AFTERCARE,
    /** After treatment of an organ (E8): a sign that needs a call at once. */
    WARNING_SIGN,
    /** A week after treatment (E9): returning to normal activities. */
    RECOVERY;

    private final Set<String> placeholders;

    TextTopic(String... placeholders) {
        this.placeholders = Set.of(placeholders);
    }

    /** Texts on this topic are written for one organ. */
    public boolean perOrgan() {
        return this == ORGAN || this == WARNING_SIGN;
    }

    /** The placeholders a text on this topic may use (names without braces); none for most. */
    public Set<String> placeholders() {
        return placeholders;
    }
}
