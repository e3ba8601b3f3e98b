package org.cryopath.domain.model.protocol;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/** One follow-up scan of the clinic's protocol: for an organ, so many months after the treatment. */
@Embeddable
@Access(AccessType.FIELD)
public class FollowUpImagingRule {

    public static final int MAX_MONTHS = 120;

    @Enumerated(EnumType.STRING)
    @Column(name = "ORGAN", length = 16)
    private TargetOrgan organ;

    @Column(name = "MONTHS_AFTER")
    private int monthsAfter;

    protected FollowUpImagingRule() {
    }

    public static FollowUpImagingRule of(TargetOrgan organ, int monthsAfter) {
        FollowUpImagingRule rule = new FollowUpImagingRule();
        rule.organ = Require.present(organ, "organ");
        if (monthsAfter < 1 || monthsAfter > MAX_MONTHS) {
            throw DomainException.invalid("monthsAfter", "validation.range", 1, MAX_MONTHS);
        }
        rule.monthsAfter = monthsAfter;
        return rule;
    }

    public TargetOrgan organ() {
        return organ;
    }

    public int monthsAfter() {
        return monthsAfter;
    }
}
