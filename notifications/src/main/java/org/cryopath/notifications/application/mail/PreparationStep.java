package org.cryopath.notifications.application.mail;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One instruction of a preparation plan, with when to follow it: on a calendar date (and clock time) once the
 * session is booked, e.g. "Take your last dose of warfarin" on Monday 7 December; counted back from the procedure
 * before that ("6 days before your procedure"); or without a moment ("Bring a list of your medicines").
 *
 * @param on the clinic calendar date it applies to, or null
 * @param at a clock time on that date, or null when the whole day is meant
 * @param before how long before the procedure, when no date is known yet; null otherwise
 * @param instruction the plan's text, in the patient's language
 */
public record PreparationStep(LocalDate on, LocalTime at, Duration before, String instruction) {

    public PreparationStep {
        Objects.requireNonNull(instruction, "instruction");
        if (on == null && at != null) {
            throw new IllegalArgumentException("A clock time needs a date");
        }
    }

    /** A dated step. */
    public PreparationStep(LocalDate on, LocalTime at, String instruction) {
        this(Objects.requireNonNull(on, "on"), at, null, instruction);
    }

    /** A step counted back from the procedure. */
    public static PreparationStep before(Duration before, String instruction) {
        return new PreparationStep(null, null, Objects.requireNonNull(before, "before"), instruction);
    }

    /** A step without a moment. */
    public static PreparationStep general(String instruction) {
        return new PreparationStep(null, null, null, instruction);
    }
}
