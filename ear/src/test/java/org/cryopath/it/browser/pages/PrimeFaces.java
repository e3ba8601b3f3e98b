package org.cryopath.it.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** How a user works PrimeFaces widgets, so page fragments read as what the user does. */
public final class PrimeFaces {

    static final Duration WAIT = Duration.ofSeconds(20);

    private PrimeFaces() {
    }

    static WebElement byId(WebDriver driver, String clientId) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(clientId)));
    }

    static void type(WebDriver driver, String clientId, String text) {
        WebElement input = byId(driver, clientId);
        input.clear();
        if (text != null) {
            input.sendKeys(text);
        }
    }

    /** Types a date into a p:datePicker's input, as staff do, and moves on. */
    static void typeDate(WebDriver driver, String clientId, String isoDate) {
        replaceText(driver, clientId + "_input", isoDate);
    }

    /**
     * Replaces what an input shows as a user does: selects it all, deletes it, types, and tabs away. (Selenium's
     * {@code clear()} leaves a date picker that comes filled in with its old value in place.)
     */
    static void replaceText(WebDriver driver, String inputId, String text) {
        WebElement input = byId(driver, inputId);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /**
     * Picks an option of a p:selectOneMenu by its visible label, as a user would: not when it is shown already, and
     * only once the list has finished opening (a click during its slide-in animation lands on a moving target).
     */
    static void selectOneMenu(WebDriver driver, String clientId, String label) {
        if (label.equals(byId(driver, clientId + "_label").getText().strip())) {
            return;
        }
        WebElement menu = byId(driver, clientId);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
        menu.click();
        new WebDriverWait(driver, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var panel = $(document.getElementById(arguments[0]));"
                        + "return panel.is(':visible') && !panel.is(':animated') && panel.css('opacity') === '1';",
                clientId + "_panel"));
        WebElement item = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + clientId + "_items'] li[data-label='" + label + "']")));
        item.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id(clientId + "_panel")));
    }

    /** Picks an option of a p:selectOneRadio by its visible label. */
    static void selectOneRadio(WebDriver driver, String clientId, String label) {
        byId(driver, clientId).findElement(By.xpath(".//label[normalize-space(.)='" + label + "']")).click();
    }

    /** Ticks or unticks a p:selectBooleanCheckbox. */
    static void checkbox(WebDriver driver, String clientId, boolean checked) {
        WebElement box = byId(driver, clientId);
        boolean isChecked = box.findElement(By.cssSelector("input[type=checkbox]")).isSelected();
        if (isChecked != checked) {
            box.findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
    }

    /** Waits until no PrimeFaces ajax request is running. */
    static void waitForAjax(WebDriver driver) {
        new WebDriverWait(driver, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"));
    }

    /** The message shown next to an input, or empty. */
    static String messageFor(WebDriver driver, String formId, String inputId) {
        return driver.findElements(By.cssSelector("[id='" + formId + ":" + inputId + "'] ~ .ui-message, "
                        + "[id='" + formId + ":" + inputId + "'] ~ * .ui-message-error-detail"))
                .stream().map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse("");
    }
}
