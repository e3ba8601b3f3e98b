package org.cryopath.scheduling.application;

import java.time.Instant;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.model.referral.TargetOrgan;

/** One referral as received, with its patient and referring clinician, and where it stands in triage. */
public record ReferralDetails(
        long referralId,
        ReferralStatus status,
        Instant receivedAt,
        PatientSummary patient,
        Referrer referrer,
        TargetOrgan targetOrgan,
        String indication,
        GuidancePreference requestedGuidance,
        Priority priority,
        boolean anticoagulated,
        boolean diabetic) {

    /** The referring clinician and how to reach them. */
    public record Referrer(String name, String practice, String phone, String email) {
    }
}
