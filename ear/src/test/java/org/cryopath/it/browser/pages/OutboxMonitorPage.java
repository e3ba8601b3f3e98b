package org.cryopath.it.browser.pages;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The outbox monitor ({@code /outbox/monitor.xhtml}): counts, failed messages, a patient search, previews. */
public final class OutboxMonitorPage {

    private static final String FORM = "outbox";

    private final WebDriver driver;

    private OutboxMonitorPage(WebDriver driver) {
        this.driver = driver;
    }

    public static OutboxMonitorPage open(WebDriver driver, URI address) {
        driver.get(address.toString());
        PrimeFaces.byId(driver, FORM + ":failed");
        return new OutboxMonitorPage(driver);
    }

    /** The number shown for a status (PENDING, SENT, FAILED, CANCELLED). */
    public long count(String status) {
        return Long.parseLong(driver.findElement(By.cssSelector("#counts .count-" + status + " .count")).getText().strip());
    }

    /** The text of the failed message's row that mentions {@code text} (an MRN, an address). */
    public Optional<String> failedRowFor(String text) {
        return row("failed", text).map(WebElement::getText);
    }

    /** The text of the search result's row that mentions {@code text}. */
    public Optional<String> foundRowFor(String text) {
        return row("found", text).map(WebElement::getText);
    }

    public OutboxMonitorPage searchPatient(String search) {
        PrimeFaces.type(driver, FORM + ":search", search);
        PrimeFaces.byId(driver, FORM + ":searchButton").click();
        PrimeFaces.waitForAjax(driver);
        PrimeFaces.byId(driver, FORM + ":found");
        return this;
    }

    public PreviewDialog previewFailed(String text) {
        click("failed", text, "preview");
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("previewSubject")));
        return new PreviewDialog();
    }

    public OutboxMonitorPage retryFailed(String text) {
        click("failed", text, "retry");
        return this;
    }

    public OutboxMonitorPage cancelFound(String text) {
        click("found", text, "cancel");
        return this;
    }

    public PreviewDialog previewFound(String text) {
        click("found", text, "preview");
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("previewSubject")));
        return new PreviewDialog();
    }

    /** The confirmation or error shown at the top of the page. */
    public String globalMessages() {
        return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private void click(String table, String text, String button) {
        WebElement row = row(table, text).orElseThrow(() -> new AssertionError("No row for " + text + " in " + table));
        row.findElement(By.cssSelector("button[id$=':" + button + "']")).click();
        PrimeFaces.waitForAjax(driver);
    }

    private Optional<WebElement> row(String table, String text) {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='" + FORM + ":" + table + "'] tbody tr"));
        return rows.stream().filter(row -> row.getText().contains(text)).findFirst();
    }

    /** The message as the patient receives it, in a dialog. */
    public final class PreviewDialog {

        public String subject() {
            return driver.findElement(By.id("previewSubject")).getText();
        }

        /** The text of the patient's HTML, read inside its sandboxed frame. */
        public String htmlText() {
            WebElement frame = driver.findElement(By.cssSelector("iframe.preview-html"));
            driver.switchTo().frame(frame);
            try {
                return driver.findElement(By.tagName("body")).getText();
            } finally {
                driver.switchTo().defaultContent();
            }
        }

        /** The text of the dialog's tab with this title (e.g. the staff history). */
        public String tab(String title) {
            driver.findElement(By.xpath("//div[@id='previewDialog']//a[normalize-space(.)='" + title + "']")).click();
            return new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> d.findElements(
                            By.cssSelector("#previewDialog .ui-tabs-panel:not(.ui-helper-hidden)")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null)).getText();
        }

        public OutboxMonitorPage close() {
            driver.findElement(By.cssSelector("#previewDialog .ui-dialog-titlebar-close")).click();
            new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("previewDialog")));
            return OutboxMonitorPage.this;
        }
    }
}
