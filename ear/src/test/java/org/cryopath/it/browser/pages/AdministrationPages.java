package org.cryopath.it.browser.pages;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Staff accounts ({@code /admin/users.xhtml}) and the audit log ({@code /admin/audit.xhtml}). */
public final class AdministrationPages {

    private final WebDriver driver;

    private AdministrationPages(WebDriver driver) {
        this.driver = driver;
    }

    public static AdministrationPages openUsers(WebDriver driver, URI address) {
        driver.get(address.toString());
        PrimeFaces.byId(driver, "accounts:table");
        return new AdministrationPages(driver);
    }

    public AdministrationPages createUser(String username, String name, String roleLabel, String password) {
        PrimeFaces.type(driver, "newUser:username", username);
        PrimeFaces.type(driver, "newUser:displayName", name);
        PrimeFaces.byId(driver, "newUser:roles").findElement(By.xpath(".//label[normalize-space(.)='" + roleLabel + "']")).click();
        PrimeFaces.type(driver, "newUser:password", password);
        PrimeFaces.byId(driver, "newUser:create").click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    public Optional<String> rowOf(String username) {
        return driver.findElements(By.cssSelector("[id='accounts:table'] tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector("td.username")).stream().anyMatch(c -> c.getText().equals(username)))
                .map(WebElement::getText).findFirst();
    }

    /** Opens the editor of an account and ticks exactly the given roles, then saves. */
    public AdministrationPages setRoles(String username, List<String> roleLabels) {
        edit(username);
        WebElement roles = PrimeFaces.byId(driver, "editUser:roles");
        for (WebElement label : roles.findElements(By.tagName("label"))) {
            WebElement box = driver.findElement(By.id(label.getAttribute("for")));
            if (box.isSelected() != roleLabels.contains(label.getText())) {
                label.click();
            }
        }
        PrimeFaces.byId(driver, "editUser:saveRoles").click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    public AdministrationPages resetPassword(String username, String password) {
        edit(username);
        PrimeFaces.type(driver, "editUser:password", password);
        PrimeFaces.byId(driver, "editUser:resetPassword").click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    private void edit(String username) {
        WebElement row = driver.findElements(By.cssSelector("[id='accounts:table'] tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector("td.username")).stream().anyMatch(c -> c.getText().equals(username)))
                .findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':edit']")).click();
        PrimeFaces.waitForAjax(driver);
        PrimeFaces.byId(driver, "editUser:roles");
    }

    /** Messages at the top and next to fields. */
    public String messages() {
        return driver.findElements(By.cssSelector("#messages, .ui-message")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b);
    }

    public static List<String> auditRowsFor(WebDriver driver, URI auditPage, String actor) {
        driver.get(auditPage.toString());
        PrimeFaces.type(driver, "audit:actor", actor);
        PrimeFaces.byId(driver, "audit:search").click();
        PrimeFaces.waitForAjax(driver);
        return driver.findElements(By.cssSelector("[id='audit:entries'] tbody tr")).stream().map(WebElement::getText).toList();
    }
}
