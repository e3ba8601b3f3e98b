package org.cryopath.notifications.application.mail;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One dated instruction of a preparation plan, e.g. "Take your last dose of warfarin" on Monday 7 December.
 *
 * @param on the clinic calendar date it applies to
 * @param at a clock time on that date, or null when the whole day is meant
 * @param instruction the protocol's text, in the patient's language
 */
public record PreparationStep(LocalDate on, LocalTime at, String instruction) {

    public PreparationStep {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(instruction, "instruction");
    }
}
