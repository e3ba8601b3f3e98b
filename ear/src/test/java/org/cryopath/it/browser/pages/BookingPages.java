package org.cryopath.it.browser.pages;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The booking page of a case ({@code /session/book.xhtml}) and the session calendar ({@code /session/calendar.xhtml}). */
public final class BookingPages {

    private BookingPages() {
    }

    public static Booking openBooking(WebDriver driver, URI page) {
        driver.get(page.toString());
        return Booking.current(driver);
    }

    public static Calendar openCalendar(WebDriver driver, URI page) {
        driver.get(page.toString());
        PrimeFaces.byId(driver, "calendar:schedule");
        waitForEvents(driver);
        return new Calendar(driver);
    }

    private static void waitForEvents(WebDriver driver) {
        PrimeFaces.waitForAjax(driver);
        new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='calendar:schedule'] .fc-view-harness")));
        PrimeFaces.waitForAjax(driver);
    }

    /** A case's booking page. */
    public static final class Booking {

        private final WebDriver driver;

        private Booking(WebDriver driver) {
            this.driver = driver;
        }

        static Booking current(WebDriver driver) {
            PrimeFaces.byId(driver, "caseHeader");
            return new Booking(driver);
        }

        public String caseStatus() {
            return driver.findElement(By.id("caseStatus")).getText();
        }

        /** Finds the free slots from the day shown. */
        public Booking findSlots() {
            PrimeFaces.byId(driver, "booking:find").click();
            PrimeFaces.waitForAjax(driver);
            new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> !d.findElements(By.cssSelector("[id='booking:slots'] tr.slot")).isEmpty()
                    || !d.findElements(By.id("booking:noSlots")).isEmpty());
            return this;
        }

        /** The suggested slots' rows, as shown. */
        public List<String> slots() {
            return driver.findElements(By.cssSelector("[id='booking:slots'] tr.slot")).stream().map(WebElement::getText).toList();
        }

        /** Books (or moves the session to) the n-th suggested slot, counted from 0; the page reloads with the outcome. */
        public Booking bookSlot(int index) {
            WebElement button = driver.findElements(By.cssSelector("[id='booking:slots'] tr.slot button")).get(index);
            button.click();
            return afterChange();
        }

        /** Books (or moves the session to) a time picked by hand in a room and with a radiologist named by label. */
        public Booking pick(String isoDay, String time, String room, String radiologist) {
            PrimeFaces.replaceText(driver, "booking:start_input", isoDay);
            PrimeFaces.replaceText(driver, "booking:startTime_input", time);
            PrimeFaces.selectOneMenu(driver, "booking:roomId", room);
            PrimeFaces.selectOneMenu(driver, "booking:radiologistId", radiologist);
            return this;
        }

        /** The errors shown next to inputs, for a failing assertion to say. */
        public List<String> fieldErrors() {
            return driver.findElements(By.cssSelector(".ui-message-error")).stream().map(WebElement::getText).toList();
        }

        public Booking overrideEarliestDate(String reason) {
            PrimeFaces.checkbox(driver, "booking:overrideEarliestDate", true);
            PrimeFaces.type(driver, "booking:earliestDateOverride", reason);
            return this;
        }

        public Booking bookPicked() {
            PrimeFaces.byId(driver, "booking:bookPicked").click();
            return afterChange();
        }

        public String messageFor(String inputId) {
            return PrimeFaces.messageFor(driver, "booking", inputId);
        }

        /** Waits for the outcome of a change: the page loaded afresh with its confirmation, or a refusal shown. */
        private Booking afterChange() {
            PrimeFaces.waitForAjax(driver);
            new WebDriverWait(driver, PrimeFaces.WAIT).until(d -> !globalMessages().isBlank()
                    || !d.findElements(By.cssSelector(".ui-message-error")).isEmpty());
            return current(driver);
        }

        /** The case's sessions, one line each, in order. */
        public List<String> sessions() {
            return driver.findElements(By.cssSelector("[id='sessions:sessionList'] tr.session")).stream()
                    .map(WebElement::getText).toList();
        }

        /** Starts moving the n-th session of the case (counted from 0): the page shows where to. */
        public Booking move(int index) {
            driver.findElements(By.cssSelector("[id='sessions:sessionList'] tr.session")).get(index)
                    .findElement(By.cssSelector("[id$=':move']")).click();
            PrimeFaces.byId(driver, "moving");
            return current(driver);
        }

        public String moving() {
            return driver.findElement(By.id("moving")).getText();
        }

        /** Cancels the n-th session with a reason, through its dialog. */
        public Booking cancel(int index, String reason) {
            driver.findElements(By.cssSelector("[id='sessions:sessionList'] tr.session")).get(index)
                    .findElement(By.cssSelector("[id$=':cancel']")).click();
            PrimeFaces.waitForAjax(driver);
            new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelForm:reason")));
            PrimeFaces.type(driver, "cancelForm:reason", reason);
            PrimeFaces.byId(driver, "cancelForm:confirmCancel").click();
            return afterChange();
        }

        public String globalMessages() {
            return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
        }
    }

    /** The session calendar. */
    public static final class Calendar {

        private final WebDriver driver;

        private Calendar(WebDriver driver) {
            this.driver = driver;
        }

        /** Shows one room's, radiologist's or anaesthetist's sessions, chosen by label. */
        public Calendar show(String label) {
            PrimeFaces.selectOneMenu(driver, "calendar:shown", label);
            waitForEvents(driver);
            return this;
        }

        /** The titles of the events shown. */
        public List<String> events() {
            return driver.findElements(By.cssSelector("[id='calendar:schedule'] .fc-event")).stream()
                    .map(WebElement::getText).toList();
        }

        /** Goes a week (or a day, in the day view) on. */
        public Calendar next() {
            driver.findElement(By.cssSelector("[id='calendar:schedule'] .fc-next-button")).click();
            waitForEvents(driver);
            return this;
        }

        /** Opens the event whose text contains {@code text}: its dialog with the session's details. */
        public String open(String text) {
            WebElement event = driver.findElements(By.cssSelector("[id='calendar:schedule'] .fc-event")).stream()
                    .filter(e -> e.getText().contains(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("No event with " + text + " in " + events()));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", event);
            event.click();
            PrimeFaces.waitForAjax(driver);
            return new WebDriverWait(driver, PrimeFaces.WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='sessionForm'] .session-details"))).getText();
        }
    }
}
