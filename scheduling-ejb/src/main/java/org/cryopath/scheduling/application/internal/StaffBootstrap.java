package org.cryopath.scheduling.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.cryopath.domain.model.staff.Role;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.NewStaffAccount;
import org.eclipse.microprofile.config.Config;

/**
 * Gives a new installation its first accounts, and only while it has none:
 * <ul>
 * <li>an administrator {@code admin} with the password in {@code cryopath.admin.initial-password} (IT sets it for
 * the first start, signs in, creates the real accounts, and removes the setting);</li>
 * <li>on the demo database ({@code cryopath.demo-data=true}), one user per role, {@code frontdesk},
 * {@code clinician} and {@code admin}, with the passwords in {@code cryopath.demo-data.password.<username>}
 * (the run command makes them up and prints them).</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn("DatabaseLifecycle")
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    @EJB
    StaffAdministrationBean staff;

    @Inject
    Config config;

    @PostConstruct
    void createFirstAccounts() {
        if (staff.count() > 0) {
            return;
        }
        if (config.getOptionalValue("cryopath.demo-data", Boolean.class).orElse(false)) {
            demoUser("frontdesk", "Frances Desk (demo)", Role.FRONT_DESK);
            demoUser("clinician", "Dr. Casey Clinician (demo)", Role.CLINICAL);
            demoUser("admin", "Alex Admin (demo)", Role.ADMIN);
            return;
        }
        config.getOptionalValue("cryopath.admin.initial-password", String.class).ifPresentOrElse(
                password -> {
                    staff.createAccount(new NewStaffAccount("admin", "Administrator", EnumSet.of(Role.ADMIN), password));
                    LOG.info("Created the first administrator account 'admin' from cryopath.admin.initial-password");
                },
                () -> LOG.warning("No staff accounts yet: set cryopath.admin.initial-password to create the first "
                        + "administrator ('admin')"));
    }

    private void demoUser(String username, String displayName, Role role) {
        Optional<String> password = config.getOptionalValue("cryopath.demo-data.password." + username, String.class);
        if (password.isEmpty()) {
            LOG.warning(() -> "Demo data: no cryopath.demo-data.password." + username + ", so no demo user " + username);
            return;
        }
        try {
            staff.createAccount(new NewStaffAccount(username, displayName, EnumSet.of(role), password.get()));
        } catch (DomainException e) {
            // A demo password the policy refuses must not stop the application from starting.
            LOG.warning(() -> "Demo data: no demo user " + username + " (" + e.getMessage() + ")");
        }
    }
}
