package org.cryopath.it.browser.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The front desk's escort worklist: the sessions to call about, one opened with its call log and forms. */
public final class EscortWorklistPage {

    private final WebDriver driver;

    private EscortWorklistPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the worklist from the menu. */
    public static EscortWorklistPage fromMenu(WebDriver driver) {
        Shell.of(driver).open("navEscorts");
        PrimeFaces.byId(driver, "worklistHeading");
        return new EscortWorklistPage(driver);
    }

    /** The row of the session whose patient has this MRN. */
    public Optional<WebElement> rowFor(String mrn) {
        return driver.findElements(By.cssSelector("tr.escort-row")).stream()
                .filter(row -> row.getText().contains(mrn))
                .findFirst();
    }

    public String rowText(String mrn) {
        return rowFor(mrn).map(WebElement::getText).orElse("");
    }

    /** Opens the session of the patient with this MRN: its phone, its calls, and the forms. */
    public EscortWorklistPage open(String mrn) {
        WebElement row = rowFor(mrn).orElseThrow(() -> new AssertionError(mrn + " is not on the worklist"));
        row.findElement(By.cssSelector("a.open-entry")).click();
        PrimeFaces.byId(driver, "openedHeading");
        return this;
    }

    public String opened() {
        return driver.findElement(By.cssSelector("section.escort-call")).getText();
    }

    public List<String> calls() {
        return driver.findElements(By.cssSelector("#callLog li")).stream().map(WebElement::getText).toList();
    }

    public EscortWorklistPage logCall(String outcome, String note) {
        new Select(PrimeFaces.byId(driver, "call:outcome")).selectByVisibleText(outcome);
        PrimeFaces.type(driver, "call:note", note);
        submit("call:logCall");
        return this;
    }

    public EscortWorklistPage confirmByPhone(String name, String phone, String relationship) {
        PrimeFaces.type(driver, "phone:escortName", name);
        PrimeFaces.type(driver, "phone:escortPhone", phone);
        PrimeFaces.type(driver, "phone:escortRelationship", relationship);
        submit("phone:confirmByPhone");
        return this;
    }

    public String errorOf(String clientId) {
        return driver.findElements(By.id(clientId + "Error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String globalMessages() {
        return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private void submit(String buttonId) {
        WebElement button = PrimeFaces.byId(driver, buttonId);
        button.click();
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.stalenessOf(button));
        PrimeFaces.byId(driver, "worklistHeading");
    }
}
