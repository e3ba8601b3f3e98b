package org.cryopath.it.browser.pages;

import java.net.URI;
import org.cryopath.it.support.Server;
import org.cryopath.it.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page ({@code /login.xhtml}), wherever the browser was sent to it from. */
public final class LoginPage {

    private final WebDriver driver;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** A fresh browser session (no cookies) opening the login page. */
    public static LoginPage open(WebDriver driver) {
        driver.manage().deleteAllCookies();
        driver.get(Server.cryopath("login.xhtml").toString());
        return current(driver);
    }

    /** The page the browser is on must be the login page. */
    public static LoginPage current(WebDriver driver) {
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.urlContains("/login.xhtml"));
        PrimeFaces.byId(driver, "login:username");
        return new LoginPage(driver);
    }

    /** Opens a fresh session and signs in; the browser is then on the page signing in leads to. */
    public static Shell signIn(WebDriver driver, Staff staff) {
        return open(driver).signInAs(staff.username(), staff.password());
    }

    /** Opens {@code page} in a fresh session, lands on the login page, signs in and continues to {@code page}. */
    public static Shell signInFor(WebDriver driver, URI page, Staff staff) {
        driver.manage().deleteAllCookies();
        driver.get(page.toString());
        return current(driver).signInAs(staff.username(), staff.password());
    }

    public Shell signInAs(String username, String password) {
        submit(username, password);
        new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        return Shell.of(driver);
    }

    /** Submits credentials that will be refused; the login page stays, with a message. */
    public LoginPage signInExpectingRefusal(String username, String password) {
        submit(username, password);
        current(driver);
        return this;
    }

    private void submit(String username, String password) {
        PrimeFaces.type(driver, "login:username", username);
        PrimeFaces.type(driver, "login:password", password);
        PrimeFaces.byId(driver, "login:signIn").click();
    }

    public String message() {
        return driver.findElements(By.id("messages")).stream().map(e -> e.getText()).findFirst().orElse("");
    }
}
