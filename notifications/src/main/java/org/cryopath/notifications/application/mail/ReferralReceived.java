package org.cryopath.notifications.application.mail;

import java.time.Instant;
import org.cryopath.domain.model.outbox.MessageKind;

/**
 * E1: we received your referral; we will call you. Templates: {@code referral-received}.
 *
 * @param referrerName the referring clinician, as the referral names them
 * @param receivedAt when the referral arrived
 */
public record ReferralReceived(Addressee patient, String referrerName, Instant receivedAt) implements PatientMail {

    @Override
    public MessageKind kind() {
        return MessageKind.E1_REFERRAL_RECEIVED;
    }
}
