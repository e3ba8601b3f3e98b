package org.cryopath.scheduling.application;

import java.util.List;

/**
 * What another system is told about a referral it sent: the referral and patient it is stored under, whether the
 * patient is new to the clinic, other patients with the same name and date of birth (never merged: for staff to
 * check), and whether this answer repeats the one given to an earlier request with the same key.
 */
public record ReferralReceipt(long referralId, long patientId, boolean newPatient, List<LookAlike> lookAlikes,
        boolean replayed) {

    public ReferralReceipt {
        lookAlikes = List.copyOf(lookAlikes);
    }

    /** Another patient with the same name and date of birth, under another MRN. */
    public record LookAlike(long patientId, String mrn) {
    }
}
