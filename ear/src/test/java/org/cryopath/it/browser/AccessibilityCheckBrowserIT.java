package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check of the browser tests can fail: on fixture pages (no server needed), the same hook that
 * watches every test's browser finds known violations after a page opens and after a click changes it, and the rule
 * every browser test ends with then fails; a broken page structure fails it too.
 */
class AccessibilityCheckBrowserIT extends BrowserTest {

    @Test
    void aPageWithKnownViolationsFailsTheCheck() {
        browser.get(fixture("known-violations.html"));

        assertThatThrownBy(BrowserTest::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[serious] color-contrast")
                .hasMessageContaining("[critical] label")
                .hasMessageContaining("[critical] image-alt");
    }

    @Test
    void aPageWithoutAMainLandmarkOrWithHeadingsOutOfOrderFailsTooThoughAxeCallsThatModerate() {
        browser.get(fixture("badly-structured.html"));

        assertThatThrownBy(BrowserTest::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("landmark-one-main")
                .hasMessageContaining("heading-order");
    }

    @Test
    void aViolationThatAClickBringsIsFoundToo() {
        browser.get(fixture("accessible.html"));
        assertAccessible();

        browser.findElement(By.id("addField")).click();

        assertThat(Accessibility.of(browser).takeViolations())
                .singleElement().asString().startsWith("[critical] label").contains("unlabelled");
    }

    private static String fixture(String name) {
        try {
            return Path.of(AccessibilityCheckBrowserIT.class.getResource("/accessibility/" + name).toURI()).toUri().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
