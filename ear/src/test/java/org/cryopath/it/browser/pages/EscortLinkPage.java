package org.cryopath.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page a patient opens from the escort link in E3, E4 or E6: the session, the escort form, or its answer. */
public final class EscortLinkPage {

    private final WebDriver driver;

    private EscortLinkPage(WebDriver driver) {
        this.driver = driver;
    }

    public static EscortLinkPage open(WebDriver driver, String link) {
        driver.get(link);
        PrimeFaces.byId(driver, "linkState");
        return new EscortLinkPage(driver);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** What the page says: the session and form, the thanks, or why the link no longer works. */
    public String text() {
        return driver.findElement(By.id("linkState")).getText();
    }

    public EscortLinkPage fill(String name, String phone, String relationship) {
        PrimeFaces.type(driver, "escort:escortName", name);
        PrimeFaces.type(driver, "escort:escortPhone", phone);
        PrimeFaces.type(driver, "escort:escortRelationship", relationship);
        return this;
    }

    /** Presses "Confirm my escort" (a plain form POST) and waits for the answer page. */
    public EscortLinkPage confirm() {
        WebElement button = driver.findElement(By.id("escort:confirm"));
        button.click();
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.stalenessOf(button));
        PrimeFaces.byId(driver, "linkState");
        return this;
    }

    /** The message shown with a field ({@code escortName}, {@code escortPhone}), empty when there is none. */
    public String errorOf(String field) {
        return driver.findElements(By.id("escort:" + field + "Error")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Whether the field's input names its message for screen readers (aria-describedby). */
    public boolean describesItsError(String field) {
        String describedBy = driver.findElement(By.id("escort:" + field)).getAttribute("aria-describedby");
        return describedBy != null && describedBy.contains("escort:" + field + "Error");
    }

    public String valueOf(String field) {
        return driver.findElement(By.id("escort:" + field)).getAttribute("value");
    }

    public boolean canConfirm() {
        return !driver.findElements(By.id("escort:confirm")).isEmpty();
    }
}
