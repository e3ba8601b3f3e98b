package org.cryopath.it.browser.pages;

import java.util.List;
import org.cryopath.it.support.Server;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A treatment case's preparation: the plan's generation, its draft items, issuing it, its state. */
public final class PreparationPlanPage {

    private static final String FORM = "plan";

    private final WebDriver driver;

    private PreparationPlanPage(WebDriver driver) {
        this.driver = driver;
    }

    public static PreparationPlanPage current(WebDriver driver) {
        PrimeFaces.byId(driver, "caseHeader");
        return new PreparationPlanPage(driver);
    }

    public static PreparationPlanPage open(WebDriver driver, long caseId) {
        driver.get(Server.cryopath("preparation/plan.xhtml?case=" + caseId).toString());
        return current(driver);
    }

    /** The case's number, from the page's address. */
    public long caseId() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("case=") + "case=".length()).replaceAll("\\D.*", ""));
    }

    public String header() {
        return driver.findElement(By.id("caseHeader")).getText();
    }

    /** Ticks the medicines the patient takes (by their names on the page, e.g. "warfarin"). */
    public PreparationPlanPage tick(String... medicines) {
        for (String medicine : medicines) {
            PrimeFaces.byId(driver, FORM + ":medications")
                    .findElement(By.xpath(".//label[normalize-space(.)='" + medicine + "']")).click();
        }
        return this;
    }

    public PreparationPlanPage generate() {
        return click("generatePlan");
    }

    /** The instruction of each item, in order. */
    public List<String> itemTexts() {
        return driver.findElements(By.cssSelector("[id='" + FORM + ":items_data'] > tr td.text")).stream()
                .map(cell -> cell.findElements(By.tagName("textarea")).stream().findFirst()
                        .map(area -> area.getAttribute("value")).orElse(cell.getText()))
                .toList();
    }

    public PreparationPlanPage note(String note) {
        PrimeFaces.type(driver, FORM + ":note", note);
        return this;
    }

    public PreparationPlanPage removeItem(int row) {
        PrimeFaces.byId(driver, FORM + ":items:" + row + ":remove").click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    public PreparationPlanPage save() {
        return click("save");
    }

    /** Issues the plan, confirming the question first. */
    public PreparationPlanPage issue() {
        PrimeFaces.byId(driver, FORM + ":issue").click();
        WebElement yes = new WebDriverWait(driver, PrimeFaces.WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        yes.click();
        PrimeFaces.waitForAjax(driver);
        new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> summary().contains("Issued"));
        return this;
    }

    /** Version, status, review warning, earliest date and the patient's acknowledgement. */
    public String summary() {
        return driver.findElements(By.id("planSummary")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The note to the patient of an issued plan. */
    public String note() {
        return driver.findElement(By.id("planNote")).getText();
    }

    /** Opens the instructions as they print, for a patient without email. */
    public PrintedInstructionsPage printInstructions() {
        PrimeFaces.byId(driver, FORM + ":printInstructions").click();
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.urlContains("/preparation/print.xhtml"));
        return PrintedInstructionsPage.current(driver);
    }

    public boolean canGenerate() {
        return !driver.findElements(By.id(FORM + ":generatePlan")).isEmpty();
    }

    public boolean canEdit() {
        return !driver.findElements(By.id(FORM + ":save")).isEmpty();
    }

    public String globalMessages() {
        return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private PreparationPlanPage click(String button) {
        PrimeFaces.byId(driver, FORM + ":" + button).click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }
}
