package org.cryopath.notifications.archfixture;

import jakarta.ejb.EJB;
import org.cryopath.scheduling.application.ReferralService;

/** Wrong on purpose (ArchitectureTest): notifications reaching back into the scheduling module. */
public class NotificationsCallingScheduling {

    @EJB
    ReferralService referrals;
}
