package org.cryopath.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The today board ({@code /today/board.xhtml}). */
public final class TodayBoardPage {

    private final WebDriver driver;

    private TodayBoardPage(WebDriver driver) {
        this.driver = driver;
    }

    public static TodayBoardPage current(WebDriver driver) {
        PrimeFaces.byId(driver, "board:today");
        return new TodayBoardPage(driver);
    }

    /** The number shown for a queue: {@code toTriage}, {@code waitingForInformation}, {@code failedEmails}... */
    public int count(String queue) {
        return Integer.parseInt(driver.findElement(By.cssSelector("[id='" + queue + "'] .count")).getText().strip());
    }

    public String queueText(String queue) {
        return driver.findElement(By.id(queue)).getText();
    }

    public String sessions() {
        return driver.findElement(By.cssSelector("[aria-labelledby='sessionsHeading']")).getText();
    }
}
