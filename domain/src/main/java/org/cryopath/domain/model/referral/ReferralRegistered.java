package org.cryopath.domain.model.referral;

import org.cryopath.domain.model.patient.PatientId;

/** A referral was typed in or received over the API; the patient is to hear that we have it (email E1). */
public record ReferralRegistered(ReferralId referral, PatientId patient) {
}
