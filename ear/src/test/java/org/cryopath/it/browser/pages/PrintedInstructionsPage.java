package org.cryopath.it.browser.pages;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryopath.it.support.Server;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/** The preparation instructions on paper ({@code /preparation/print.xhtml?case=...}), and what printing them gives. */
public final class PrintedInstructionsPage {

    /** The side margins print.css asks for (its @page rule). */
    public static final double SIDE_MARGIN_MM = 16;
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page[^s]");

    private final WebDriver driver;

    private PrintedInstructionsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static PrintedInstructionsPage current(WebDriver driver) {
        PrimeFaces.byId(driver, "content");
        return new PrintedInstructionsPage(driver);
    }

    public static PrintedInstructionsPage open(WebDriver driver, long caseId) {
        driver.get(Server.cryopath("preparation/print.xhtml?case=" + caseId).toString());
        return current(driver);
    }

    /** The language the page declares ({@code <html lang>}). */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String heading() {
        return driver.findElement(By.cssSelector("#content h1")).getText();
    }

    /** Everything the sheet says, letterhead included. */
    public String text() {
        return driver.findElement(By.cssSelector(".letterhead")).getText() + "\n" + driver.findElement(By.id("content")).getText();
    }

    /** Each instruction as printed: "6 days before your procedure: Stop taking warfarin...". */
    public List<String> steps() {
        return driver.findElements(By.cssSelector("#steps li")).stream().map(WebElement::getText).toList();
    }

    /** The print button and the way back, for staff: in the dashboard's language. */
    public String controls() {
        return driver.findElement(By.cssSelector(".print-controls")).getText();
    }

    /** How many sheets of {@code paper} Chromium prints the page on, with the margins of print.css. */
    public int sheetsOn(Screen.Paper paper) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(paper.heightMm() / 10, paper.widthMm() / 10));
        options.setPageMargin(new PageMargin(1.5, SIDE_MARGIN_MM / 10, 1.5, SIDE_MARGIN_MM / 10));
        WebDriver target = driver instanceof WrapsDriver wrapper ? wrapper.getWrappedDriver() : driver;
        Pdf pdf = ((PrintsPage) target).print(options);
        String content = new String(Base64.getDecoder().decode(pdf.getContent()), StandardCharsets.ISO_8859_1);
        Matcher pages = PAGE_OBJECT.matcher(content);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        return count;
    }

    /** Whether anything with the class no-print (the staff controls) is displayed: under print media, it must not be. */
    public boolean staffControlsShown() {
        return driver.findElements(By.cssSelector(".no-print")).stream().anyMatch(WebElement::isDisplayed);
    }
}
