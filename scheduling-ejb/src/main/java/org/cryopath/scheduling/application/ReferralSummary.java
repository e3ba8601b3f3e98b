package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.model.referral.TargetOrgan;

/** One line of the referral list: what the front desk needs to see at a glance. */
public record ReferralSummary(
        long referralId,
        long patientId,
        String mrn,
        String patientName,
        LocalDate dateOfBirth,
        TargetOrgan targetOrgan,
        Priority priority,
        ReferralStatus status,
        String referrerName,
        Instant receivedAt) implements Serializable {
}
