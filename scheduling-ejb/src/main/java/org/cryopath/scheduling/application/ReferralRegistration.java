package org.cryopath.scheduling.application;

import java.util.List;
import org.cryopath.domain.model.patient.PatientId;
import org.cryopath.domain.model.referral.ReferralId;

/**
 * The outcome of registering a referral: the referral, the patient it is for, whether that patient is new to
 * the clinic, and other patients with the same name and date of birth (a possible duplicate record, for staff to
 * check; never merged automatically).
 */
public record ReferralRegistration(ReferralId referral, PatientId patient, boolean newPatient,
        List<PatientId> lookAlikes) {

    public ReferralRegistration {
        lookAlikes = List.copyOf(lookAlikes);
    }

    public boolean hasLookAlikes() {
        return !lookAlikes.isEmpty();
    }
}
