package org.cryopath.notifications.application.mail;

import java.util.List;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E9, a week after discharge: how is the recovery, and which normal activities may resume. Templates:
 * {@code week-after}.
 *
 * @param activities advice on returning to normal activities, in the patient's language
 */
public record WeekAfter(Addressee patient, List<String> activities) implements PatientMail {

    public WeekAfter {
        activities = List.copyOf(activities);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.E9_WEEK_AFTER;
    }
}
