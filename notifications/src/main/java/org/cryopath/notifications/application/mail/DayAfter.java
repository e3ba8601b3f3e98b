package org.cryopath.notifications.application.mail;

import java.util.List;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E8, the day after discharge: how the patient may feel, the warning signs of their treatment (from the clinic's
 * protocol for the organ; the email never names the organ in its subject) and the number to call. Templates:
 * {@code day-after}.
 *
 * @param expected what is normal in the first days, in the patient's language
 * @param warningSigns the signs that need a call at once, in the patient's language
 * @param urgentPhone the number to call about them, day and night; null for the clinic's scheduling line
 */
public record DayAfter(Addressee patient, List<String> expected, List<String> warningSigns, String urgentPhone)
        implements PatientMail {

    public DayAfter {
        expected = List.copyOf(expected);
        warningSigns = List.copyOf(warningSigns);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.E8_DAY_AFTER;
    }
}
