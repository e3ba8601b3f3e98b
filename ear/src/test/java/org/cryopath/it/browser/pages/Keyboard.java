package org.cryopath.it.browser.pages;

import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user without a mouse: keys go to whatever has the focus, and the only way to reach a control is the Tab key.
 * Nothing here clicks or moves the focus by script; an element the Tab key does not reach fails the test.
 */
public final class Keyboard {

    /** Tab presses allowed to reach one control (a preparation plan of a dozen items has some 60 stops). */
    private static final int MOST_TABS = 100;

    private final WebDriver driver;

    private Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    public static Keyboard of(WebDriver driver) {
        return new Keyboard(driver);
    }

    /** Presses Tab until the element with this id has the focus. */
    public Keyboard tabTo(String id) {
        return tabUntil(element -> id.equals(element.getAttribute("id")), "#" + id);
    }

    /** Presses Tab until the focused element satisfies {@code wanted} (described as {@code what} when it fails). */
    public Keyboard tabUntil(Predicate<WebElement> wanted, String what) {
        for (int presses = 0; presses <= MOST_TABS; presses++) {
            if (wanted.test(focused())) {
                return this;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("The Tab key did not reach " + what + " within " + MOST_TABS + " presses");
    }

    /** Types into the focused element. */
    public Keyboard type(CharSequence text) {
        new Actions(driver).sendKeys(text).perform();
        return this;
    }

    public Keyboard press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    /** Presses Enter, then waits until the page (or its ajax update) has settled. */
    public Keyboard enter() {
        press(Keys.ENTER);
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    /** Presses Space (a checkbox, a radio button), then waits for what it started. */
    public Keyboard space() {
        press(Keys.SPACE);
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    /**
     * Whether the user can see where the focus is: the focused element has an outline or a focus ring, or (for the
     * visually hidden native input of a PrimeFaces checkbox, radio button or menu) the box drawn for it is marked
     * focused.
     */
    public boolean focusIsVisible() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var e = document.activeElement; if (!e || e === document.body) return false;"
                        + "var s = getComputedStyle(e);"
                        + "if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return true;"
                        + "if (s.boxShadow && s.boxShadow !== 'none') return true;"
                        + "var widget = e.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu');"
                        + "return !!widget && !!widget.querySelector('.ui-state-focus, .ui-selectonemenu.ui-state-focus')"
                        + " || !!widget && widget.classList.contains('ui-state-focus');");
    }

    /** The element with the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Waits until the focus is inside the element with this id (a dialog that takes the focus when it opens). */
    public Keyboard focusWithin(String id) {
        new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("var e = document.getElementById(arguments[0]); return !!e && e.contains(document.activeElement);", id));
        return this;
    }
}
