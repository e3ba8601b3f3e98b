package org.cryopath.it.browser;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page state a browser test reaches is checked with axe-core against the WCAG 2.0 and 2.1 A and AA rules.
 * {@link Browser#start()} wraps each browser so that after every navigation, click, form submission, key press that
 * may change the page (Enter, Space, Tab, Escape, arrows) and action sequence, once the page has settled (loaded, no
 * PrimeFaces request running, no animation), axe runs on it if it changed since the last run. Nobody has to remember
 * to call it: a page added later is checked the first time a test opens it.
 *
 * <p>Serious and critical violations are kept, and those of the page's structure ({@link #STRUCTURE_RULES}: landmarks,
 * an h1, headings in order); {@link BrowserTest} fails the test at its end when there are any, as it does for
 * JavaScript errors. Other moderate and minor ones (best practices included) are only written to the report
 * ({@code target/accessibility.txt}), with every page checked. Frames are not entered: the only one, the outbox
 * preview, shows an email in a sandbox where no script (and so no axe) may run.
 */
public final class Accessibility implements WebDriverListener {

    /** The rule sets of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * The structure of a page, which axe-core files under best practice (and calls moderate) though WCAG 1.3.1 and
     * 2.4.6 ask for it: one main landmark, landmarks told apart, an h1, headings in order. These fail a test too.
     */
    static final Set<String> STRUCTURE_RULES = Set.of("landmark-one-main", "landmark-no-duplicate-main",
            "landmark-unique", "page-has-heading-one", "heading-order");
    /**
     * WCAG 2.1 rules axe-core still calls experimental and leaves out unless asked: a control's accessible name must
     * contain its visible label (2.5.3, what speech users say to press it).
     */
    static final List<String> EXPERIMENTAL_RULES = List.of("label-content-name-mismatch");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final Duration SETTLE = Duration.ofSeconds(15);
    private static final Set<CharSequence> STATE_KEYS = Set.of(Keys.ENTER, Keys.RETURN, Keys.SPACE, Keys.TAB,
            Keys.ESCAPE, Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ARROW_LEFT, Keys.ARROW_RIGHT);
    private static final Map<WebDriver, Accessibility> WATCHED = new WeakHashMap<>();

    /**
     * The page's address, its text as shown and its number of elements: the page has changed when one of them has.
     * Where the focus or the mouse is (PrimeFaces' focus and hover classes, aria-activedescendant) is no change, so
     * moving through a form with the Tab key does not check the page again at every key; what opens, closes, appears
     * or is written changes the text.
     */
    private static final String FINGERPRINT = "var text = document.body ? document.body.innerText : '';"
            + "var h = 0; for (var i = 0; i < text.length; i++) { h = (h * 31 + text.charCodeAt(i)) | 0; }"
            + "return location.href + '|' + document.getElementsByTagName('*').length + '|' + text.length + '|' + h;";
    /**
     * Loaded, no PrimeFaces request running, no button still showing one ({@code ui-state-loading}: PrimeFaces keeps
     * a button disabled for its minimum loading animation after the request has ended, then fades it back), no jQuery
     * animation, and no CSS transition or animation running (a button fading back from its disabled look would be
     * measured half transparent); animations that never end (a spinner) do not count.
     */
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            + " && document.querySelector('.ui-state-loading') === null"
            + " && (!window.jQuery || jQuery(':animated').length === 0)"
            + " && !(document.getAnimations && document.getAnimations().some(function (a) {"
            + "      return a.playState === 'running' && !(a.effect && a.effect.getComputedTiming().iterations === Infinity);"
            + "    }))";

    private static final AxeRunOptions OPTIONS = options();
    private static int pagesSaved;

    private final WebDriver driver;
    private final List<String> violations = new ArrayList<>();
    private String lastChecked = "";
    private String test = "";
    private int pagesChecked;
    private boolean checking;

    private Accessibility(WebDriver driver) {
        this.driver = driver;
    }

    /** Wraps a browser so that every page it shows is checked. */
    static WebDriver watch(WebDriver driver) {
        Accessibility accessibility = new Accessibility(driver);
        WebDriver watched = new EventFiringDecorator<>(accessibility).decorate(driver);
        synchronized (WATCHED) {
            WATCHED.put(watched, accessibility);
        }
        return watched;
    }

    /** The checker of a browser started by {@link Browser#start()}. */
    public static Accessibility of(WebDriver browser) {
        synchronized (WATCHED) {
            Accessibility accessibility = WATCHED.get(browser);
            if (accessibility == null) {
                throw new IllegalArgumentException("Not a browser started by Browser.start()");
            }
            return accessibility;
        }
    }

    /** Names the test now running, for the report. */
    void startTest(String name) {
        test = name;
        lastChecked = "";
    }

    /** Checks the page as it is now (unless it was checked in this very state). */
    public void checkNow() {
        check();
    }

    /** The serious and critical violations found since the last call, one line each (reading them forgets them). */
    public List<String> takeViolations() {
        List<String> found = List.copyOf(violations);
        violations.clear();
        return found;
    }

    /** How many page states have been checked so far. */
    public int pagesChecked() {
        return pagesChecked;
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
        check();
    }

    @Override
    public void afterTo(WebDriver.Navigation navigation, String url) {
        check();
    }

    @Override
    public void afterBack(WebDriver.Navigation navigation) {
        check();
    }

    @Override
    public void afterForward(WebDriver.Navigation navigation) {
        check();
    }

    @Override
    public void afterRefresh(WebDriver.Navigation navigation) {
        check();
    }

    @Override
    public void afterClick(WebElement element) {
        check();
    }

    @Override
    public void afterSubmit(WebElement element) {
        check();
    }

    @Override
    public void afterSendKeys(WebElement element, CharSequence... keysToSend) {
        if (changesState(keysToSend)) {
            check();
        }
    }

    @Override
    public void afterPerform(WebDriver driver, Collection<Sequence> actions) {
        check();
    }

    private static AxeRunOptions options() {
        AxeRunOptions options = new AxeRunOptions();
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(java.util.stream.Stream.concat(WCAG_21_AA.stream(), java.util.stream.Stream.of("best-practice"))
                .toList());
        options.setRunOnly(runOnly);
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        options.setRules(EXPERIMENTAL_RULES.stream().collect(Collectors.toMap(rule -> rule, rule -> enabled)));
        // only what fails is described in full: the passes of a long table would cost time for nothing
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static boolean changesState(CharSequence... keys) {
        if (keys == null) {
            return false;
        }
        for (CharSequence key : keys) {
            if (STATE_KEYS.contains(key)) {
                return true;
            }
            for (CharSequence stateKey : STATE_KEYS) {
                if (key != null && key.toString().contains(stateKey.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void check() {
        if (checking || !onAWebPage()) {
            return;
        }
        checking = true;
        try {
            String problem = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    settle();
                    String fingerprint = (String) script(FINGERPRINT);
                    if (fingerprint.equals(lastChecked)) {
                        return;
                    }
                    Results results = new AxeBuilder().withOptions(OPTIONS).setLegacyMode(true).disableIframeTesting()
                            .analyze(driver);
                    if (results.isErrored()) {
                        problem = results.getErrorMessage();
                        continue;
                    }
                    record(results);
                    lastChecked = fingerprint;
                    return;
                } catch (WebDriverException | ClassCastException e) {
                    // the page went away under the check (a navigation): look again once it has settled
                    problem = e.getMessage();
                }
            }
            violations.add("axe could not check " + currentUrl() + ": " + firstLine(problem));
        } finally {
            checking = false;
        }
    }

    private boolean onAWebPage() {
        String url = currentUrl();
        return url.startsWith("http") || url.startsWith("file:");
    }

    /** Waits until the page has been settled for a moment (what PrimeFaces does after a response may still start). */
    private void settle() {
        try {
            int[] settledPolls = {0};
            new WebDriverWait(driver, SETTLE).pollingEvery(Duration.ofMillis(100)).until(d -> {
                settledPolls[0] = Boolean.TRUE.equals(script(SETTLED)) ? settledPolls[0] + 1 : 0;
                return settledPolls[0] >= 2;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // check the page as it is: a page that never settles is no reason to skip it
        }
    }

    private void record(Results results) {
        pagesChecked++;
        String url = results.getUrl();
        List<String> report = new ArrayList<>();
        boolean failing = false;
        for (Rule rule : results.getViolations()) {
            String line = "[" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " on " + url + " -- "
                    + nodes(rule.getNodes());
            report.add(line);
            if (FAILING.contains(rule.getImpact()) || STRUCTURE_RULES.contains(rule.getId())) {
                violations.add(line);
                failing = true;
            }
        }
        String saved = failing ? savePage() : null;
        report(url, report, saved);
    }

    /** Keeps the HTML of a page that failed, beside the report, for whoever fixes it. */
    private String savePage() {
        Path folder = reportFile().toAbsolutePath().getParent().resolve("accessibility-pages");
        try {
            Files.createDirectories(folder);
            Path page;
            synchronized (Accessibility.class) {
                page = folder.resolve(String.format("%04d.html", ++pagesSaved));
            }
            Files.writeString(page, driver.getPageSource(), StandardCharsets.UTF_8);
            return page.getFileName().toString();
        } catch (IOException | WebDriverException e) {
            return null;
        }
    }

    private static Path reportFile() {
        return Path.of(System.getProperty("it.accessibilityReport", "target/accessibility.txt"));
    }

    private static String nodes(List<CheckedNode> nodes) {
        String shown = nodes.stream().limit(3)
                .map(node -> String.valueOf(node.getTarget()) + " " + firstLine(node.getFailureSummary()))
                .collect(Collectors.joining("; "));
        return nodes.size() + " element(s): " + shown + (nodes.size() > 3 ? "; ..." : "");
    }

    private void report(String url, List<String> lines, String savedAs) {
        Path file = reportFile();
        StringBuilder text = new StringBuilder();
        text.append(test).append(" | ").append(url).append(" | ").append(lines.isEmpty() ? "no violations" : lines.size()
                + " violation(s)").append(System.lineSeparator());
        lines.forEach(line -> text.append("    ").append(line).append(System.lineSeparator()));
        if (savedAs != null) {
            text.append("    page saved as accessibility-pages/").append(savedAs).append(System.lineSeparator());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private String currentUrl() {
        try {
            String url = driver.getCurrentUrl();
            return url == null ? "" : url;
        } catch (WebDriverException e) {
            return "";
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s*\\n\\s*", " / ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
