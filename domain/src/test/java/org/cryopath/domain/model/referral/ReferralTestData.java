package org.cryopath.domain.model.referral;

/** A received referral for tests of what follows triage. */
public final class ReferralTestData {

    private ReferralTestData() {
    }

    public static Referral received() {
        return ReferralTest.newReferral();
    }
}
