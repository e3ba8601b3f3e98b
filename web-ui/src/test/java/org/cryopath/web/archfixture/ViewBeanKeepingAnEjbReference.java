package org.cryopath.web.archfixture;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import org.cryopath.scheduling.application.ReferralService;

/** Wrong on purpose (ArchitectureTest): a view bean whose EJB reference would travel with the session. */
@ViewScoped
public class ViewBeanKeepingAnEjbReference implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReferralService referrals;
}
