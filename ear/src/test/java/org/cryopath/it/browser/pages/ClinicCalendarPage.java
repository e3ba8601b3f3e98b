package org.cryopath.it.browser.pages;

import java.util.List;
import java.util.Optional;
import org.cryopath.it.support.Server;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The administrator's clinic calendar ({@code /admin/calendar.xhtml}): the room editor ({@code room}), the clinician
 * editor ({@code clinician}), closures and the scheduling rules, each a form of its own, and the lists above them.
 * Rows of hours and time off are counted from 0, as their input ids count them.
 */
public final class ClinicCalendarPage {

    private final WebDriver driver;

    private ClinicCalendarPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ClinicCalendarPage open(WebDriver driver) {
        driver.get(Server.cryopath("admin/calendar.xhtml").toString());
        return current(driver);
    }

    /** The page as shown now, e.g. after the menu opened it. */
    public static ClinicCalendarPage current(WebDriver driver) {
        PrimeFaces.byId(driver, "room:save");
        return new ClinicCalendarPage(driver);
    }

    // Rooms

    public ClinicCalendarPage room(String name, String guidanceLabel, String turnoverMinutes) {
        PrimeFaces.type(driver, "room:name", name);
        PrimeFaces.selectOneRadio(driver, "room:modality", guidanceLabel);
        PrimeFaces.type(driver, "room:turnoverMinutes", turnoverMinutes);
        return this;
    }

    /** Adds a row of opening hours (it follows the row above: the next day, the same times) and sets its times. */
    public ClinicCalendarPage openingHours(String opens, String closes) {
        return hours("room", "openingHours", opens, closes);
    }

    /** Picks the day of a row of opening hours, e.g. {@code (2, "Tuesday")}. */
    public ClinicCalendarPage openingHoursDay(int row, String dayLabel) {
        PrimeFaces.selectOneMenu(driver, "room:openingHours:" + row + ":day", dayLabel);
        return this;
    }

    public ClinicCalendarPage saveRoom() {
        return click("room:save");
    }

    public Optional<String> roomRow(String name) {
        return rowOf("rooms:table", name);
    }

    // Radiologists and anaesthetists

    public ClinicCalendarPage clinician(String name, String roleLabel) {
        PrimeFaces.type(driver, "clinician:name", name);
        PrimeFaces.selectOneRadio(driver, "clinician:role", roleLabel);
        return this;
    }

    public ClinicCalendarPage workingHours(String opens, String closes) {
        return hours("clinician", "workingHours", opens, closes);
    }

    public ClinicCalendarPage timeOff(String firstDay, String lastDay, String reason) {
        int row = rowCount("clinician:timeOff");
        click("clinician:addTimeOff");
        String prefix = "clinician:timeOff:" + row + ":";
        PrimeFaces.typeDate(driver, prefix + "firstDay", firstDay);
        PrimeFaces.typeDate(driver, prefix + "lastDay", lastDay);
        PrimeFaces.type(driver, prefix + "reason", reason);
        return this;
    }

    public ClinicCalendarPage saveClinician() {
        return click("clinician:save");
    }

    public Optional<String> clinicianRow(String name) {
        return rowOf("clinicians:table", name);
    }

    // Closures

    public ClinicCalendarPage closeOn(String day, String reason) {
        PrimeFaces.typeDate(driver, "closure:day", day);
        PrimeFaces.type(driver, "closure:reason", reason);
        return click("closure:add");
    }

    /** The row of the closure with this (unique) reason, on the page of the list shown. */
    public Optional<String> closureRow(String reason) {
        return closureRowElement(reason).map(WebElement::getText);
    }

    public ClinicCalendarPage openAgain(String reason) {
        closureRowElement(reason).orElseThrow().findElement(By.cssSelector("button[id$=':remove']")).click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }

    private Optional<WebElement> closureRowElement(String reason) {
        return driver.findElements(By.cssSelector("[id='closures:table'] tbody tr")).stream()
                .filter(row -> row.getText().contains(reason)).findFirst();
    }

    // Rules

    public String rule(String field) {
        return PrimeFaces.byId(driver, "rules:" + field).getAttribute("value");
    }

    public ClinicCalendarPage rule(String field, String value) {
        PrimeFaces.type(driver, "rules:" + field, value);
        return this;
    }

    public ClinicCalendarPage saveRules() {
        return click("rules:save");
    }

    // What the page says

    /** The messages at the top of the page. */
    public String globalMessages() {
        return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The message next to an input of a form, e.g. {@code ("room", "openingHours:0:closes")}. */
    public String errorOn(String form, String input) {
        return PrimeFaces.messageFor(driver, form, input);
    }

    /** The message below a list of hours, for the list as a whole (two spans that overlap). */
    public String errorOnList(String form, String list) {
        return driver.findElements(By.cssSelector("[id='" + form + ":" + list + "'] ~ .ui-message")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse("");
    }

    /** The accessible name Chromium computes for an input, by its client id. */
    public String accessibleNameOf(String clientId) {
        return PrimeFaces.byId(driver, clientId).getAccessibleName();
    }

    /** The text of the elements an input names in aria-describedby (its error). */
    public String descriptionOf(String clientId) {
        String ids = PrimeFaces.byId(driver, clientId).getAttribute("aria-describedby");
        if (ids == null || ids.isBlank()) {
            return "";
        }
        return List.of(ids.split("\\s+")).stream().map(id -> driver.findElement(By.id(id)).getText())
                .reduce("", (a, b) -> (a + " " + b).strip());
    }

    private ClinicCalendarPage hours(String form, String list, String opens, String closes) {
        int row = rowCount(form + ":" + list);
        click(form + ":add_" + list);
        String prefix = form + ":" + list + ":" + row + ":";
        PrimeFaces.type(driver, prefix + "opens", opens);
        PrimeFaces.type(driver, prefix + "closes", closes);
        return this;
    }

    /** Rows of an edited list (a table shows one row saying "None" when it is empty). */
    private int rowCount(String tableId) {
        return (int) driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message")).count();
    }

    private Optional<String> rowOf(String tableId, String name) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector("td.name")).stream().anyMatch(c -> c.getText().equals(name)))
                .map(WebElement::getText).findFirst();
    }

    private ClinicCalendarPage click(String clientId) {
        PrimeFaces.byId(driver, clientId).click();
        PrimeFaces.waitForAjax(driver);
        return this;
    }
}
