package org.cryopath.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The frame of every staff page: top bar (user, language, sign-out) and the menu. */
public final class Shell {

    private final WebDriver driver;

    private Shell(WebDriver driver) {
        this.driver = driver;
    }

    public static Shell of(WebDriver driver) {
        PrimeFaces.byId(driver, "topbar");
        return new Shell(driver);
    }

    public String signedInAs() {
        return driver.findElements(By.id("currentUser")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The ids of the menu entries shown, e.g. {@code navToday}. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("#menu a")).stream().map(a -> a.getAttribute("id")).toList();
    }

    public List<String> menuLabels() {
        return driver.findElements(By.cssSelector("#menu a")).stream().map(WebElement::getText).toList();
    }

    public String heading() {
        return PrimeFaces.byId(driver, "content").findElement(By.tagName("h1")).getText();
    }

    public Shell switchLanguage(String linkId) {
        String before = heading();
        PrimeFaces.byId(driver, "topbar:" + linkId).click();
        // The page reloads in the new language: an element read just before it goes is stale, so look again.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, PrimeFaces.WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !heading().equals(before) || d.findElement(By.id("topbar:" + linkId)).getAttribute("class").contains("current"));
        return of(driver);
    }

    public LoginPage signOut() {
        PrimeFaces.byId(driver, "topbar:signOut").click();
        return LoginPage.current(driver);
    }

    /** Opens a page of the menu by its id. */
    public Shell open(String menuId) {
        PrimeFaces.byId(driver, menuId).click();
        return of(driver);
    }
}
