package org.cryopath.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page a patient opens from the link in their email. */
public final class PatientLinkPage {

    private final WebDriver driver;

    private PatientLinkPage(WebDriver driver) {
        this.driver = driver;
    }

    public static PatientLinkPage open(WebDriver driver, String link) {
        driver.get(link);
        PrimeFaces.byId(driver, "linkState");
        return new PatientLinkPage(driver);
    }

    /** The language the page declares ({@code <html lang>}). */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** How wide the confirmation button is drawn, in CSS pixels. */
    public int confirmButtonWidth() {
        return driver.findElement(By.id("acknowledge:confirm")).getRect().getWidth();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** What the page says: the greeting and instructions, the thanks, or why the link no longer works. */
    public String text() {
        return driver.findElement(By.id("linkState")).getText();
    }

    public List<String> instructions() {
        return driver.findElements(By.cssSelector(".instructions li")).stream().map(WebElement::getText).toList();
    }

    public boolean canConfirm() {
        return !driver.findElements(By.id("acknowledge:confirm")).isEmpty();
    }

    /** Presses the confirmation button (a plain form POST) and waits for the answer page. */
    public PatientLinkPage confirm() {
        WebElement button = driver.findElement(By.id("acknowledge:confirm"));
        button.click();
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.stalenessOf(button));
        PrimeFaces.byId(driver, "linkState");
        return this;
    }

    /** The phone number patients are given to call. */
    public String help() {
        return driver.findElement(By.cssSelector(".patient-help")).getText();
    }
}
