package org.cryopath.it.browser.pages;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The screen a page is shown on, through Chromium's device emulation: a phone of a given width (its viewport meta
 * honoured, as on a real phone), or paper (print media at the width a sheet leaves for content). Close it to get
 * the test browser's own window back.
 */
public final class Screen implements AutoCloseable {

    /** CSS pixels per millimetre (96 per inch). */
    private static final double PX_PER_MM = 96 / 25.4;

    private final WebDriver driver;

    private Screen(WebDriver driver) {
        this.driver = driver;
    }

    /** A phone whose screen is {@code width} CSS pixels wide, e.g. 360. */
    public static Screen phone(WebDriver driver, int width) {
        Screen screen = new Screen(driver);
        screen.cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        return screen;
    }

    /** Print media, as wide as a sheet of {@code paper} leaves for content inside {@code sideMarginMm} margins. */
    public static Screen paper(WebDriver driver, Paper paper, double sideMarginMm) {
        Screen screen = new Screen(driver);
        int width = (int) Math.floor((paper.widthMm() - 2 * sideMarginMm) * PX_PER_MM);
        screen.cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", (int) (paper.heightMm() * PX_PER_MM), "deviceScaleFactor", 1, "mobile", false));
        screen.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        return screen;
    }

    /** How many CSS pixels the page is wider than the screen: 0 when nothing scrolls sideways. */
    public long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** The width of the page's viewport in CSS pixels, as the page sees it. */
    public long viewportWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
    }

    @Override
    public void close() {
        cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void cdp(String command, Map<String, Object> parameters) {
        WebDriver target = driver instanceof WrapsDriver wrapper ? wrapper.getWrappedDriver() : driver;
        ((HasCdp) target).executeCdpCommand(command, parameters);
    }

    /** Paper sizes a clinic prints on. */
    public enum Paper {
        A4(210, 297), LETTER(215.9, 279.4);

        private final double widthMm;
        private final double heightMm;

        Paper(double widthMm, double heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        public double widthMm() {
            return widthMm;
        }

        public double heightMm() {
            return heightMm;
        }
    }
}
