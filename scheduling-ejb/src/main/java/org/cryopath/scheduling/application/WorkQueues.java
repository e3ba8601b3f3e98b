package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** What waits for the front desk and the clinicians today: the counts on the today board. */
@Local
public interface WorkQueues {

    Overview today();

    /**
     * Today's work as far as the pathway goes so far: referrals waiting for triage (how many urgent, since when the
     * oldest waits), referrals waiting for the referrer's answer, issued preparation plans the patient has not yet
     * confirmed reading, and patient emails that failed or wait to go.
     */
    record Overview(LocalDate day, long referralsToTriage, long urgentToTriage, Instant oldestWaitingSince,
            long waitingForInformation, long preparationNotAcknowledged, long failedEmails, long pendingEmails)
            implements Serializable {
    }
}
