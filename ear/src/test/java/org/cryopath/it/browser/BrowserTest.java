package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.cryopath.it.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test shares: one Chromium per test class, the test SMTP server running, and two rules: a test
 * ends with no JavaScript error in the browser console, and no page state it reached had a serious or critical
 * accessibility violation or a broken structure (axe-core, WCAG 2.1 A and AA: see {@link Accessibility}). A screenshot is kept either way.
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

    @BeforeEach
    void nameTheTestInTheAccessibilityReport(TestInfo test) {
        Accessibility.of(browser).startTest(getClass().getSimpleName() + "." + test.getDisplayName());
    }

    @AfterEach
    void noJavaScriptErrors(TestInfo test) {
        Browser.screenshot(browser, getClass().getSimpleName() + "-" + test.getDisplayName().replaceAll("\\W+", "_"));
        assertThat(Browser.javaScriptErrors(browser)).as("browser console errors").isEmpty();
    }

    @AfterEach
    void noSeriousAccessibilityViolations() {
        assertAccessible();
    }

    /**
     * The page as it is now is checked too; then every page state reached since the last call must have passed
     * (reading the violations forgets them).
     */
    static void assertAccessible() {
        Accessibility accessibility = Accessibility.of(browser);
        accessibility.checkNow();
        assertThat(accessibility.takeViolations())
                .as("serious, critical or structural accessibility violations (axe-core, WCAG 2.1 AA)")
                .isEmpty();
    }

    /** Forgets the console so far: for a test that opened a page it expects to be refused (the 403 is logged). */
    static void forgetExpectedRefusals() {
        Browser.javaScriptErrors(browser);
    }
}
