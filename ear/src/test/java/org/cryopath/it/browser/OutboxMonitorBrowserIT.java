package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cryopath.it.support.Referrals.mailboxOf;
import static org.cryopath.it.support.Referrals.uniqueMrn;
import static org.cryopath.it.support.Referrals.valid;

import jakarta.json.JsonValue;
import java.time.Duration;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.OutboxMonitorPage;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff on the outbox monitor, in a real Chromium: a patient whose mail server refuses the address shows up among
 * the failed messages with the reason; staff preview the email, retry it, find the patient and cancel it, and the
 * history says who did what.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxMonitorBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @BeforeEach
    void signInAsFrontDesk() {
        LoginPage.signIn(browser, Staff.FRONT_DESK);
    }

    @Test
    void aRefusedEmailIsShownWithItsReasonAndStaffRetryThenCancelIt() {
        // The relay refuses "reject-..." mailboxes: this patient's E1 fails at once with a 550.
        String mrn = uniqueMrn("REJECT");
        assertThat(Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "EN").build().toString()).status()).isEqualTo(201);
        awaitStatus(mrn, "FAILED", 1);

        OutboxMonitorPage monitor = OutboxMonitorPage.open(browser, Server.cryopath("outbox/monitor.xhtml"));

        assertThat(monitor.count("FAILED")).isPositive();
        assertThat(monitor.failedRowFor(mrn)).hasValueSatisfying(row -> assertThat(row)
                .contains("E1", "Okafor, Grace", mailboxOf(mrn), "Failed", "550"));

        OutboxMonitorPage.PreviewDialog preview = monitor.previewFailed(mrn);
        assertThat(preview.subject()).isEqualTo("CryoPath Demo Clinic: we have received your referral");
        assertThat(preview.htmlText()).contains("We have received your referral", "Dear Grace Okafor", "Dr. Morgan Lee");
        monitor = preview.close();

        monitor.retryFailed(mrn);
        assertThat(monitor.globalMessages()).contains("back in the queue");
        // The relay still refuses it: it fails again, now after a staff retry.
        awaitStatus(mrn, "FAILED", 1);

        monitor = OutboxMonitorPage.open(browser, Server.cryopath("outbox/monitor.xhtml")).searchPatient(mrn);
        assertThat(monitor.foundRowFor(mrn)).hasValueSatisfying(row -> assertThat(row).contains("Failed"));
        monitor.cancelFound(mrn);
        assertThat(monitor.globalMessages()).contains("cancelled and will not be sent");
        assertThat(monitor.foundRowFor(mrn)).hasValueSatisfying(row -> assertThat(row).contains("Cancelled",
                "Cancelled by staff"));
        assertThat(monitor.failedRowFor(mrn)).isEmpty();

        String history = monitor.previewFound(mrn).tab("Staff actions");
        assertThat(history).contains("Retried", "Cancelled", Staff.FRONT_DESK.username(), "550");
        assertThat(Probe.outboxOf(mrn).getJsonObject(0).getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void theMonitorIsInTheMenuAndSearchingNobodyFindsNothing() {
        OutboxMonitorPage monitor = OutboxMonitorPage.open(browser, Server.cryopath("outbox/monitor.xhtml"))
                .searchPatient("NOBODY-" + System.nanoTime());

        assertThat(browser.getPageSource()).contains("No messages for this search.");
        assertThat(browser.findElement(org.openqa.selenium.By.id("navOutbox")).getText()).isEqualTo("Patient email");
        assertThat(monitor.count("SENT")).isNotNegative();
    }

    private static void awaitStatus(String mrn, String status, int attempts) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Probe.outboxOf(mrn).stream().map(JsonValue::asJsonObject)
                .anyMatch(row -> row.getString("status").equals(status) && row.getInt("attempts") == attempts));
    }
}
