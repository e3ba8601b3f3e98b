package org.cryopath.it.browser.pages;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The list of referrals ({@code /referral/list.xhtml}). */
public final class ReferralListPage {

    private final WebDriver driver;

    private ReferralListPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ReferralListPage open(WebDriver driver, URI address) {
        driver.get(address.toString());
        return current(driver);
    }

    static ReferralListPage current(WebDriver driver) {
        PrimeFaces.byId(driver, "referrals:table");
        return new ReferralListPage(driver);
    }

    /** The text of the row of the referral with this MRN, if listed. */
    public Optional<String> rowFor(String mrn) {
        return rows().stream()
                .filter(row -> row.findElements(By.cssSelector("td.mrn")).stream().anyMatch(cell -> cell.getText().equals(mrn)))
                .map(WebElement::getText)
                .findFirst();
    }

    /** The confirmation or warning shown at the top of the page. */
    public String globalMessages() {
        return driver.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("[id='referrals:table'] tbody tr"));
    }
}
