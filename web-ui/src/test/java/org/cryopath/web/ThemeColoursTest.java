package org.cryopath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The colours of every page meet WCAG 2.1 AA: the CSS variables of cryopath.css (the one place colours are set) give
 * text at least 4.5:1 against what it sits on, and focus rings 3:1; the CryoPath theme replaces exactly the Saga
 * colours that did not, with those variables.
 */
class ThemeColoursTest {

    private static final Path STYLES = Path.of("src/main/webapp/resources/cryopath/cryopath.css");
    private static final Path REPLACEMENTS = Path.of("src/main/theme/saga-colours.properties");
    private static final Path BUILT_THEME = Path.of("target/theme/primefaces-cryopath/theme.css");
    private static final String SAGA = "/META-INF/resources/primefaces-saga-blue/theme.css";
    private static final Pattern VARIABLE = Pattern.compile("(--cp-[a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final Pattern USE = Pattern.compile("var\\((--cp-[a-z-]+)\\)");

    /** Text (first) on a background (second), by variable name or colour, and the ratio WCAG 2.1 AA asks for. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        // the theme: white text on buttons, tags and selected items, in every state; their colour as text on white
        "#ffffff, --cp-primary, 4.5", "#ffffff, --cp-primary-hover, 4.5", "#ffffff, --cp-primary-active, 4.5",
        "--cp-primary, --cp-page, 4.5",
        "#ffffff, --cp-secondary, 4.5", "#ffffff, --cp-secondary-hover, 4.5", "#ffffff, --cp-secondary-active, 4.5",
        "#ffffff, --cp-info, 4.5", "#ffffff, --cp-info-hover, 4.5", "#ffffff, --cp-info-active, 4.5",
        "#ffffff, --cp-success, 4.5", "#ffffff, --cp-success-hover, 4.5", "#ffffff, --cp-success-active, 4.5",
        // CryoPath's own text
        "--cp-text, --cp-page, 4.5", "--cp-muted, --cp-page, 4.5", "--cp-muted, --cp-surface, 4.5",
        "#ffffff, --cp-brand, 4.5", "--cp-brand, --cp-hover, 4.5", "--cp-danger-text, --cp-surface, 4.5",
        "--cp-warning-text, --cp-warning-surface, 4.5", "--cp-success-text, --cp-surface, 4.5",
        // focus: outlines and rings against what is around them (non-text contrast, 3:1)
        "--cp-focus, --cp-page, 3", "--cp-focus, --cp-surface, 3", "--cp-focus-on-brand, --cp-brand, 3",
        "--cp-focus-ring, --cp-surface, 3",
    })
    void textStandsOutFromItsBackground(String text, String background, double required) throws IOException {
        Map<String, String> colours = variables();

        assertThat(contrast(colour(text, colours), colour(background, colours))).isGreaterThanOrEqualTo(required);
    }

    @Test
    void everySagaColourReplacedIsStillInSagaAndBecomesADefinedVariable() throws IOException {
        String saga;
        try (InputStream in = ThemeColoursTest.class.getResourceAsStream(SAGA)) {
            assertThat(in).as("Saga's theme.css in the PrimeFaces jar").isNotNull();
            saga = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Properties replacements = replacements();
        Map<String, String> variables = variables();

        for (String sagaColour : replacements.stringPropertyNames()) {
            assertThat(saga).as("Saga (after a PrimeFaces upgrade, see what it uses now)").contains(sagaColour);
            Matcher use = USE.matcher(replacements.getProperty(sagaColour));
            assertThat(use.matches()).as(replacements.getProperty(sagaColour)).isTrue();
            assertThat(variables).as("variables of cryopath.css").containsKey(use.group(1));
        }
    }

    @Test
    void theBuiltThemeHasNoneOfTheReplacedColoursLeft() throws IOException {
        String theme = Files.readString(BUILT_THEME, StandardCharsets.UTF_8);

        assertThat(replacements().stringPropertyNames()).allSatisfy(sagaColour -> assertThat(theme).doesNotContain(sagaColour));
        assertThat(theme).contains("var(--cp-primary)");
    }

    private static Properties replacements() throws IOException {
        Properties replacements = new Properties();
        try (Reader in = Files.newBufferedReader(REPLACEMENTS, StandardCharsets.UTF_8)) {
            replacements.load(in);
        }
        return replacements;
    }

    private static Map<String, String> variables() throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher matcher = VARIABLE.matcher(Files.readString(STYLES, StandardCharsets.UTF_8));
        while (matcher.find()) {
            variables.put(matcher.group(1), matcher.group(2));
        }
        return variables;
    }

    private static String colour(String nameOrColour, Map<String, String> variables) {
        if (nameOrColour.startsWith("#")) {
            return nameOrColour;
        }
        assertThat(variables).as("variables of cryopath.css").containsKey(nameOrColour);
        return variables.get(nameOrColour);
    }

    /** WCAG 2.1's contrast ratio of two sRGB colours (#rrggbb). */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
