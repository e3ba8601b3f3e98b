package org.cryopath.it.browser.pages;

import java.util.Optional;
import org.cryopath.it.support.Server;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clinicians' triage inbox and its decision dialog. The inbox shows a page at a time: a referral not on the page
 * shown is looked for by its MRN, as a clinician would with a long backlog.
 */
public final class TriageInboxPage {

    private static final String TABLE = "inbox:table";
    private static final String DIALOG = "decision:choices";

    private final WebDriver driver;

    private TriageInboxPage(WebDriver driver) {
        this.driver = driver;
    }

    public static TriageInboxPage open(WebDriver driver) {
        driver.get(Server.cryopath("triage/inbox.xhtml").toString());
        PrimeFaces.byId(driver, TABLE);
        return new TriageInboxPage(driver);
    }

    /** The text of the referral's row (found by its MRN), if it is in the inbox. */
    public Optional<String> rowFor(String mrn) {
        return row(mrn).map(WebElement::getText);
    }

    /** Opens the decision on the referral. */
    public TriageInboxPage decide(String mrn) {
        click(mrn, "decide");
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(DIALOG)));
        return this;
    }

    /** Accepts the referral open in the dialog; the new case's plan page opens. */
    public PreparationPlanPage accept(String anaesthesia, String guidance) {
        PrimeFaces.selectOneRadio(driver, DIALOG + ":anaesthesia", anaesthesia);
        PrimeFaces.selectOneRadio(driver, DIALOG + ":guidance", guidance);
        PrimeFaces.byId(driver, DIALOG + ":accept").click();
        return PreparationPlanPage.current(driver);
    }

    public TriageInboxPage askForInformation(String question) {
        tab("askTab");
        PrimeFaces.type(driver, DIALOG + ":question", question);
        PrimeFaces.byId(driver, DIALOG + ":ask").click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    public TriageInboxPage decline(String reason) {
        tab("declineTab");
        PrimeFaces.type(driver, DIALOG + ":reason", reason);
        PrimeFaces.byId(driver, DIALOG + ":decline").click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    /** The referrer answered: the referral waiting for information goes back to the inbox. */
    public TriageInboxPage informationReceived(String mrn) {
        click(mrn, "answered");
        return this;
    }

    /** The message next to an input of the dialog, or empty. */
    public String dialogMessageFor(String input) {
        return PrimeFaces.messageFor(driver, DIALOG, input);
    }

    public boolean dialogVisible() {
        return driver.findElement(By.id("decisionDialog")).isDisplayed();
    }

    public String globalMessages() {
        return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private void tab(String tabId) {
        driver.findElement(By.cssSelector("[id='" + DIALOG + "'] a[href$='" + tabId + "']")).click();
        new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> d.findElement(By.id(DIALOG + ":" + tabId)).isDisplayed());
    }

    private void click(String mrn, String button) {
        WebElement row = row(mrn).orElseThrow(() -> new AssertionError("No referral " + mrn + " in the triage inbox"));
        row.findElement(By.cssSelector("button[id$=':" + button + "']")).click();
        PrimeFaces.waitForAjax(driver);
    }

    private Optional<WebElement> row(String mrn) {
        Optional<WebElement> shown = rowShown(mrn);
        if (shown.isPresent()) {
            return shown;
        }
        find(mrn);
        return rowShown(mrn);
    }

    private Optional<WebElement> rowShown(String mrn) {
        return driver.findElements(By.cssSelector("[id='" + TABLE + "_data'] > tr")).stream()
                .filter(tr -> tr.getText().contains(mrn))
                .findFirst();
    }

    /** Shows only the referrals of the patient(s) found by an MRN or the start of a name. */
    public TriageInboxPage find(String patient) {
        PrimeFaces.type(driver, "inbox:patient", patient);
        PrimeFaces.byId(driver, "inbox:find").click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    /** What the table's header says: how many wait, in which order, how many to a page. */
    public String summary() {
        return PrimeFaces.byId(driver, "inbox:table:inboxSummary").getText();
    }

    /** The MRNs of the referrals on the page shown, in order. */
    public java.util.List<String> mrnsShown() {
        return driver.findElements(By.cssSelector("[id='" + TABLE + "_data'] > tr .mrn")).stream()
                .map(cell -> cell.getText().split(" ")[0])
                .toList();
    }
}
