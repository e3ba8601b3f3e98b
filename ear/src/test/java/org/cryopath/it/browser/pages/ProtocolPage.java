package org.cryopath.it.browser.pages;

import java.util.List;
import org.cryopath.it.support.Server;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The administrator's preparation protocol editor. */
public final class ProtocolPage {

    private static final String FORM = "protocol";

    private final WebDriver driver;

    private ProtocolPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ProtocolPage open(WebDriver driver) {
        driver.get(Server.cryopath("admin/protocol.xhtml").toString());
        PrimeFaces.byId(driver, FORM + ":save");
        return new ProtocolPage(driver);
    }

    /** "Version 3, saved ... by ..." */
    public String version() {
        return driver.findElement(By.cssSelector(".protocol-version")).getText();
    }

    /** The row of the medicine rule with this code, counted from 0. */
    public int ruleRow(String drugClass) {
        List<WebElement> codes = driver.findElements(By.cssSelector("input[id$=':drugClass']"));
        for (int row = 0; row < codes.size(); row++) {
            if (drugClass.equals(codes.get(row).getAttribute("value"))) {
                return row;
            }
        }
        throw new AssertionError("No medicine rule " + drugClass);
    }

    public ProtocolPage ruleField(int row, String field, String value) {
        PrimeFaces.type(driver, FORM + ":medications:" + row + ":" + field, value);
        return this;
    }

    public String ruleField(int row, String field) {
        return PrimeFaces.byId(driver, FORM + ":medications:" + row + ":" + field).getAttribute("value");
    }

    public ProtocolPage save(String changeNote) {
        PrimeFaces.type(driver, FORM + ":changeNote", changeNote);
        PrimeFaces.byId(driver, FORM + ":save").click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    /** The versions listed, newest first: "number · note". */
    public List<String> history() {
        return driver.findElements(By.cssSelector("[id='" + FORM + ":history_data'] > tr")).stream()
                .map(WebElement::getText).toList();
    }

    public String globalMessages() {
        return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
