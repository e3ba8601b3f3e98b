package org.cryopath.domain.model.referral;

/**
 * Where a referral stands in triage: {@code RECEIVED -> ACCEPTED | DECLINED | NEEDS_INFO}, and back from
 * {@code NEEDS_INFO} to {@code RECEIVED} once the referrer answers.
 */
public enum ReferralStatus {
    RECEIVED, ACCEPTED, DECLINED, NEEDS_INFO
}
