package org.cryopath.it.browser.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The front desk's referral form ({@code /referral/register.xhtml}). */
public final class RegisterReferralPage {

    private static final String FORM = "referralForm";

    private final WebDriver driver;

    private RegisterReferralPage(WebDriver driver) {
        this.driver = driver;
    }

    public static RegisterReferralPage open(WebDriver driver, URI address) {
        driver.get(address.toString());
        PrimeFaces.byId(driver, FORM);
        return new RegisterReferralPage(driver);
    }

    public RegisterReferralPage patient(String mrn, String givenName, String familyName, String dateOfBirth,
            String email, String language) {
        PrimeFaces.type(driver, id("patient_mrn"), mrn);
        PrimeFaces.type(driver, id("patient_givenName"), givenName);
        PrimeFaces.type(driver, id("patient_familyName"), familyName);
        PrimeFaces.typeDate(driver, id("patient_dateOfBirth"), dateOfBirth);
        PrimeFaces.type(driver, id("patient_email"), email);
        PrimeFaces.selectOneMenu(driver, id("patient_preferredLanguage"), language);
        return this;
    }

    public RegisterReferralPage referrer(String name, String phone) {
        PrimeFaces.type(driver, id("referrer_name"), name);
        PrimeFaces.type(driver, id("referrer_phone"), phone);
        return this;
    }

    public RegisterReferralPage referral(String organ, String guidance, String priority, boolean anticoagulated) {
        PrimeFaces.selectOneMenu(driver, id("targetOrgan"), organ);
        PrimeFaces.selectOneRadio(driver, id("requestedGuidance"), guidance);
        PrimeFaces.selectOneRadio(driver, id("priority"), priority);
        PrimeFaces.checkbox(driver, id("anticoagulated"), anticoagulated);
        return this;
    }

    /** Submits a form that will be accepted: the list of referrals opens. */
    public ReferralListPage register() {
        PrimeFaces.byId(driver, id("register")).click();
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.urlContains("/referral/list"));
        return ReferralListPage.current(driver);
    }

    /** Submits a form that will be refused: the form stays, with messages. */
    public RegisterReferralPage registerExpectingErrors() {
        PrimeFaces.byId(driver, id("register")).click();
        PrimeFaces.waitForAjax(driver);
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".ui-message-error")));
        return this;
    }

    /** The error shown next to an input, e.g. {@code patient_email}. */
    public String errorOn(String inputId) {
        return driver.findElement(By.cssSelector("[id='" + id(inputId) + "'] ~ .ui-message, [id='"
                + id(inputId) + "'] + .ui-message")).getText();
    }

    /**
     * The accessible name the browser computes for a field (what a screen reader announces, what speech users say),
     * by the field's id: {@code patient_mrn}, or a select menu's {@code targetOrgan}.
     */
    public String accessibleNameOf(String field) {
        List<WebElement> menu = driver.findElements(By.id(id(field) + "_label"));
        List<WebElement> date = driver.findElements(By.id(id(field) + "_input"));
        WebElement element = !menu.isEmpty() ? menu.get(0) : !date.isEmpty() ? date.get(0) : driver.findElement(By.id(id(field)));
        return element.getAccessibleName();
    }

    /** The ids of the messages an input names in aria-describedby (its errors). */
    public String describedBy(String field) {
        return driver.findElement(By.id(id(field))).getAttribute("aria-describedby");
    }

    public boolean isShown() {
        return driver.getCurrentUrl().contains("/referral/register") && !driver.findElements(By.id(FORM)).isEmpty();
    }

    private static String id(String input) {
        return FORM + ":" + input;
    }
}
