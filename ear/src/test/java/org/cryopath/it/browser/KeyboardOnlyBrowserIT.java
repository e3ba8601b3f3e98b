package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.uniqueMrn;
import static org.cryopath.it.support.Referrals.valid;

import java.time.Duration;

import org.cryopath.it.browser.pages.Keyboard;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.PreparationPlanPage;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.Probe;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clinician who works without a mouse: signs in, opens the triage inbox from the menu, finds a referral, accepts it
 * for general anaesthesia, ticks the patient's medicine, generates the plan and issues it, confirming the question:
 * Tab, Enter, Space and the arrow keys only, the focus visible all along.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardOnlyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @Test
    void aClinicianTriagesAReferralAndIssuesItsPlanWithTheKeyboardAlone() {
        String mrn = uniqueMrn("KEYS");
        Probe.Reply registered = Probe.postAs("FRONT_DESK", "referrals", valid(mrn, "EN").add("priority", "URGENT").build().toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        LoginPage.open(browser);
        Keyboard keys = Keyboard.of(browser);

        // Sign in: the fields, then Enter.
        keys.tabTo("login:username").type(Staff.CLINICIAN.username())
                .tabTo("login:password").type(Staff.CLINICIAN.password()).enter();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));

        // The menu's triage entry, then the referral found by its MRN.
        keys.tabTo("navTriage");
        assertThat(keys.focusIsVisible()).as("focus visible on the menu").isTrue();
        keys.enter();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("inbox:table")));
        keys.tabTo("inbox:patient").type(mrn).enter();
        keys.tabUntil(element -> element.getAttribute("id").endsWith(":decide") && rowOf(element).contains(mrn),
                "the Decide button of " + mrn);
        assertThat(keys.focusIsVisible()).as("focus visible on Decide").isTrue();
        keys.enter();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("decision:choices")));

        // Accept: general anaesthesia (the arrow keys move the choice), the guidance proposed, then Accept.
        keys.tabUntil(element -> element.getAttribute("id").startsWith("decision:choices:anaesthesia:"), "the anaesthesia");
        assertThat(keys.focusIsVisible()).as("focus visible on a radio button").isTrue();
        keys.press(Keys.ARROW_LEFT);
        assertThat(browser.findElement(By.id("decision:choices:anaesthesia:0")).isSelected()).as("General chosen").isTrue();
        keys.tabTo("decision:choices:accept").enter();
        PreparationPlanPage plan = PreparationPlanPage.current(browser);
        assertThat(plan.header()).contains(mrn, "General anaesthesia", "CT");

        // The plan: warfarin ticked with Space, generated, issued, the question confirmed.
        keys.tabUntil(element -> element.getAttribute("id").startsWith("plan:medications:")
                && labelOf(element).equals("warfarin"), "the warfarin box");
        keys.space();
        keys.tabTo("plan:generatePlan").enter();
        assertThat(plan.summary()).contains("Version 1 · Draft");
        assertThat(plan.itemTexts()).anyMatch(text -> text.startsWith("Stop taking warfarin"));
        keys.tabTo("plan:issue").enter();
        keys.tabUntil(element -> element.getAttribute("class").contains("ui-confirmdialog-yes"), "the Yes of the question");
        assertThat(keys.focusIsVisible()).as("focus visible in the question").isTrue();
        keys.enter();

        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("planSummary"), "Issued"));
        assertThat(plan.globalMessages()).contains("Plan issued");
    }

    private static void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    private static String rowOf(WebElement element) {
        return element.findElement(By.xpath("ancestor::tr[1]")).getText();
    }

    private static String labelOf(WebElement input) {
        return input.findElements(By.xpath("//label[@for='" + input.getAttribute("id") + "']")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }
}
