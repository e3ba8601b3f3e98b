package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.model.referral.TargetOrgan;

/** A referral as the triage inbox shows it: enough to decide, or to call the referrer. */
public record TriageItem(long referralId, long patientId, String mrn, String patientName, LocalDate dateOfBirth,
        TargetOrgan targetOrgan, String indication, GuidancePreference requestedGuidance, Priority priority,
        boolean anticoagulated, boolean diabetic, ReferralStatus status, String statusNote, String referrerName,
        String referrerPhone, Instant receivedAt) implements Serializable {
}
