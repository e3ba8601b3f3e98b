package org.cryopath.it.browser.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The procedure day's flow board ({@code /today/flow.xhtml}) and the follow-up worklist ({@code /followup/worklist.xhtml}). */
public final class FlowPages {

    private FlowPages() {
    }

    public static Board openBoard(WebDriver driver, URI page) {
        driver.get(page.toString());
        PrimeFaces.byId(driver, "flowCounts");
        return new Board(driver);
    }

    public static Worklist openWorklist(WebDriver driver, URI page) {
        driver.get(page.toString());
        PrimeFaces.byId(driver, "worklist:table");
        return new Worklist(driver);
    }

    /** The flow board: counts by stage, today's patients, and the chosen patient's next step. */
    public static final class Board {

        private final WebDriver driver;

        private Board(WebDriver driver) {
            this.driver = driver;
        }

        /** The count shown for a stage: {@code EXPECTED}, {@code CHECKED_IN}, ... {@code DISCHARGED}. */
        public int count(String stage) {
            return Integer.parseInt(driver.findElement(By.cssSelector("#flowCounts .stage-" + stage + " .count"))
                    .getText().strip());
        }

        /** The row of the patient whose name holds {@code text}, as shown. */
        public String row(String text) {
            return rowOf(text).getText();
        }

        private WebElement rowOf(String text) {
            return driver.findElements(By.cssSelector("[id='flow:sessions'] tr.session")).stream()
                    .filter(row -> row.getText().contains(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("No row with " + text + " on the flow board"));
        }

        /** Opens the next step of the patient whose row holds {@code text}. */
        public Board choose(String text) {
            rowOf(text).findElement(By.cssSelector("[id$=':choose']")).click();
            PrimeFaces.waitForAjax(driver);
            PrimeFaces.byId(driver, "step:chosen");
            return this;
        }

        public String step() {
            return driver.findElement(By.id("step:chosen")).getText();
        }

        public Board checkIn(String overrideReason) {
            if (overrideReason != null) {
                PrimeFaces.type(driver, "step:overrideReason", overrideReason);
            }
            return submit("step:checkIn");
        }

        public Board startProcedure() {
            return submit("step:startProcedure");
        }

        public Board endProcedure(String outcomeLabel, String note) {
            PrimeFaces.selectOneRadio(driver, "step:outcome", outcomeLabel);
            PrimeFaces.type(driver, "step:outcomeNote", note);
            return submit("step:endProcedure");
        }

        public Board discharge(String collectedBy) {
            PrimeFaces.type(driver, "step:collectedBy", collectedBy);
            return submit("step:discharge");
        }

        public String messageFor(String inputId) {
            return PrimeFaces.messageFor(driver, "step", inputId);
        }

        public String globalMessages() {
            return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
        }

        private Board submit(String buttonId) {
            PrimeFaces.byId(driver, buttonId).click();
            new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> !globalMessages().isBlank()
                    || !d.findElements(By.cssSelector(".ui-message-error")).isEmpty());
            PrimeFaces.byId(driver, "flowCounts");
            return this;
        }
    }

    /** The follow-up worklist and the chosen touchpoint's panel. */
    public static final class Worklist {

        private final WebDriver driver;

        private Worklist(WebDriver driver) {
            this.driver = driver;
        }

        public List<String> rows() {
            return driver.findElements(By.cssSelector("[id='worklist:table_data'] tr[data-ri]")).stream()
                    .map(WebElement::getText).toList();
        }

        public Worklist choose(int index) {
            driver.findElements(By.cssSelector("[id='worklist:table_data'] tr[data-ri]")).get(index)
                    .findElement(By.cssSelector("[id$=':choose']")).click();
            PrimeFaces.waitForAjax(driver);
            PrimeFaces.byId(driver, "touchpoint:chosen");
            return this;
        }

        public Worklist book(String time, String place, String modality) {
            PrimeFaces.byId(driver, "touchpoint:time_input").sendKeys(time);
            PrimeFaces.type(driver, "touchpoint:place", place);
            PrimeFaces.selectOneMenu(driver, "touchpoint:modality", modality);
            PrimeFaces.byId(driver, "touchpoint:book").click();
            new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> !globalMessages().isBlank()
                    || !d.findElements(By.cssSelector(".ui-message-error")).isEmpty());
            PrimeFaces.byId(driver, "worklist:table");
            return this;
        }

        public String messageFor(String inputId) {
            return PrimeFaces.messageFor(driver, "touchpoint", inputId);
        }

        /** A clinician closes the case's follow-up (on one case's list) with a reason. */
        public Worklist closeCase(String reason) {
            PrimeFaces.type(driver, "closeCase:reason", reason);
            PrimeFaces.byId(driver, "closeCase:close").click();
            new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> globalMessages().contains("closed")
                    || !d.findElements(By.cssSelector("[id='closeCase'] .ui-message-error")).isEmpty());
            return this;
        }

        public String closeCaseMessageFor(String inputId) {
            return PrimeFaces.messageFor(driver, "closeCase", inputId);
        }

        public String globalMessages() {
            return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
        }
    }
}
