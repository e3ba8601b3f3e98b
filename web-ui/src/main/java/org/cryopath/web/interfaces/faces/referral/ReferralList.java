package org.cryopath.web.interfaces.faces.referral;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cryopath.scheduling.application.ReferralService;
import org.cryopath.scheduling.application.ReferralSummary;

/** The front desk sees the referrals received, newest first. */
@Named
@ViewScoped
public class ReferralList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 500;

    @EJB
    ReferralService referrals;

    private List<ReferralSummary> rows;

    @PostConstruct
    void load() {
        rows = referrals.recentReferrals(SHOWN);
    }

    public List<ReferralSummary> getRows() {
        return rows;
    }
}
