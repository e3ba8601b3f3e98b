package org.cryopath.notifications.application.mail;

import java.util.List;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E3: the session is booked: when to arrive, what to bring, and the link to name an escort. Sent with a calendar
 * invitation ({@code METHOD:REQUEST}). Templates: {@code session-booked}.
 *
 * @param bring what to bring, one item per line, from the protocol, in the patient's language
 * @param escortUrl the one-time link where the patient confirms who takes them home
 */
public record SessionBooked(Addressee patient, Appointment appointment, List<String> bring, String escortUrl)
        implements PatientMail {

    public SessionBooked {
        bring = List.copyOf(bring);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.E3_SESSION_BOOKED;
    }
}
