package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.unique;

import java.util.List;
import org.cryopath.it.browser.pages.AdministrationPages;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.Shell;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrator manages staff accounts in Chromium; the people they create can sign in. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @Test
    void anAccountCreatedByTheAdministratorCanSignInWithItsRoles() {
        String username = "nurse." + unique(5).toLowerCase();
        LoginPage.signIn(browser, Staff.ADMIN);
        AdministrationPages users = AdministrationPages.openUsers(browser, Server.cryopath("admin/users.xhtml"))
                .createUser(username, "Nurse Ruiz", "Clinical", "a-good-long-password");

        assertThat(users.messages()).contains("Account " + username + " created.");
        assertThat(users.rowOf(username)).hasValueSatisfying(row -> assertThat(row).contains("Nurse Ruiz", "Clinical", "Active"));

        Shell nurse = LoginPage.open(browser).signInAs(username.toUpperCase(), "a-good-long-password");
        assertThat(nurse.signedInAs()).isEqualTo("Nurse Ruiz");
        assertThat(nurse.heading()).isEqualTo("Today");
    }

    @Test
    void aShortPasswordIsRefusedOnItsField() {
        LoginPage.signIn(browser, Staff.ADMIN);

        AdministrationPages users = AdministrationPages.openUsers(browser, Server.cryopath("admin/users.xhtml"))
                .createUser("too.short", "Too Short", "Front desk", "short");

        assertThat(users.messages()).contains("Use at least 12 characters.");
        assertThat(users.rowOf("too.short")).isEmpty();
    }

    @Test
    void rolesAndPasswordsChangeAndTheAdministratorKeepsTheirOwnAdminRole() {
        String username = "desk." + unique(5).toLowerCase();
        LoginPage.signIn(browser, Staff.ADMIN);
        AdministrationPages users = AdministrationPages.openUsers(browser, Server.cryopath("admin/users.xhtml"))
                .createUser(username, "Desk Two", "Front desk", "first-password-123");

        users.setRoles(username, List.of("Front desk", "Clinical"));
        assertThat(users.rowOf(username)).hasValueSatisfying(row -> assertThat(row).contains("Front desk", "Clinical"));
        users.resetPassword(username, "second-password-456");
        assertThat(users.messages()).contains("Password of " + username + " reset.");

        users.setRoles("admin", List.of("Clinical"));
        assertThat(users.messages()).contains("You cannot take the administrator role away from yourself.");
        assertThat(users.rowOf("admin")).hasValueSatisfying(row -> assertThat(row).contains("Administrator"));

        assertThat(LoginPage.open(browser).signInAs(username, "second-password-456").menu()).contains("navToday");
    }
}
