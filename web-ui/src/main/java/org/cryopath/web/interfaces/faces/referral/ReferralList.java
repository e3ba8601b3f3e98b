package org.cryopath.web.interfaces.faces.referral;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.cryopath.scheduling.application.ReferralService;
import org.cryopath.scheduling.application.ReferralSummary;
import org.cryopath.web.interfaces.faces.support.PagedResults;
import org.cryopath.web.interfaces.faces.support.ServiceReference;

/** The front desk sees the referrals received, newest first, {@value #PAGE_SIZE} to a page. */
@Named
@ViewScoped
public class ReferralList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Referrals on one page of the list. */
    public static final int PAGE_SIZE = 25;

    @EJB
    transient ReferralService referrals;

    private final PagedResults<ReferralSummary> rows = new PagedResults<>(
            (first, size) -> referrals.referrals(first, size), row -> Long.toString(row.referralId()));

    public PagedResults<ReferralSummary> getRows() {
        return rows;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    /** Deserialized on another instance: the services are looked up there (see {@link ServiceReference}). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        referrals = ServiceReference.lookedUpOnFirstUse(ReferralService.class);
    }
}
