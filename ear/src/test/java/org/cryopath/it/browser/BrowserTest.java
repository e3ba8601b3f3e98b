package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cryopath.it.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test shares: one Chromium per test class, the test SMTP server running, and the rule that
 * a test ends with no JavaScript error in the browser console (a screenshot is kept either way).
 *
 * <p>Tagged {@code browser}: the build runs them on Derby and leaves them out of the PostgreSQL run, where every other
 * integration test proves the database (see {@code it.postgresql.excludedGroups} in the ear module's pom).
 */
@Tag("browser")
abstract class BrowserTest {

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        TestMailServer.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @AfterEach
    void noJavaScriptErrors(TestInfo test) {
        Browser.screenshot(browser, getClass().getSimpleName() + "-" + test.getDisplayName().replaceAll("\\W+", "_"));
        assertThat(Browser.javaScriptErrors(browser)).as("browser console errors").isEmpty();
    }

    /** Forgets the console so far: for a test that opened a page it expects to be refused (the 403 is logged). */
    static void forgetExpectedRefusals() {
        Browser.javaScriptErrors(browser);
    }
}
