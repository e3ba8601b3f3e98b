package org.cryopath.domain.model.referral;

/** Identifies a referral in events, commands and links. */
public record ReferralId(long value) {

    @Override
    public String toString() {
        return "referral-" + value;
    }
}
