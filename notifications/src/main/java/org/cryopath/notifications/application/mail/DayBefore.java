package org.cryopath.notifications.application.mail;

import java.time.Instant;
import java.util.List;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E7, the day before: when to stop eating and drinking, when to arrive, who takes you home, what to bring.
 * Templates: {@code day-before}.
 *
 * @param solidFoodUntil the last moment to eat, or null when the plan has no fasting
 * @param clearFluidsUntil the last moment to drink clear fluids, or null
 * @param escortName the confirmed escort's name, or null when none is confirmed yet
 * @param bring what to bring, from the protocol, in the patient's language
 */
public record DayBefore(Addressee patient, Appointment appointment, Instant solidFoodUntil,
        Instant clearFluidsUntil, String escortName, List<String> bring) implements PatientMail {

    public DayBefore {
        bring = List.copyOf(bring);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.E7_DAY_BEFORE;
    }
}
