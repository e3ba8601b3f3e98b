package org.cryopath.it.browser.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Patient search ({@code /patient/search.xhtml}) and a patient's timeline ({@code /patient/timeline.xhtml}). */
public final class PatientPages {

    private final WebDriver driver;

    private PatientPages(WebDriver driver) {
        this.driver = driver;
    }

    public static PatientPages openSearch(WebDriver driver, URI address) {
        driver.get(address.toString());
        PrimeFaces.byId(driver, "patients:results");
        return new PatientPages(driver);
    }

    /** Searches by name (part of it) and returns the rows' text. */
    public List<String> searchByName(String name) {
        PrimeFaces.type(driver, "patients:name", name);
        PrimeFaces.byId(driver, "patients:search").click();
        PrimeFaces.waitForAjax(driver);
        return rows();
    }

    public List<String> searchByMrn(String mrn) {
        PrimeFaces.type(driver, "patients:mrn", mrn);
        PrimeFaces.type(driver, "patients:name", "");
        PrimeFaces.byId(driver, "patients:search").click();
        PrimeFaces.waitForAjax(driver);
        return rows();
    }

    private List<String> rows() {
        return driver.findElements(By.cssSelector("[id='patients:results'] tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    /** Searches by MRN and opens that patient's timeline. */
    public Timeline openTimelineAfterSearch(String mrn) {
        searchByMrn(mrn);
        return openTimelineOf(mrn);
    }

    /** Opens the timeline of the first result, by its MRN link. */
    public Timeline openTimelineOf(String mrn) {
        driver.findElement(By.linkText(mrn)).click();
        new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> d.getCurrentUrl().contains("/patient/timeline.xhtml"));
        return new Timeline(driver);
    }

    /** A patient's pathway. */
    public static final class Timeline {

        private final WebDriver driver;

        Timeline(WebDriver driver) {
            this.driver = driver;
            PrimeFaces.byId(driver, "patientHeader");
        }

        public String patientName() {
            return driver.findElement(By.cssSelector("#patientHeader h2")).getText();
        }

        /** Each event's text: when, what, who, details. */
        public List<String> events() {
            return driver.findElements(By.cssSelector("#events li")).stream().map(WebElement::getText).toList();
        }
    }
}
