package org.cryopath.domain.model.referral;

/** The organ whose tumour is referred for cryoablation. Never named in an email subject. */
public enum TargetOrgan {
    BREAST, BONE, KIDNEY, LIVER, LUNG, PROSTATE
}
