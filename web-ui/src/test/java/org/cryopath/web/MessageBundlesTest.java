package org.cryopath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard speaks English and Spanish everywhere: every key in both, every key a view uses defined. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_es.properties"})
    void noKeyIsDefinedTwice(String bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/cryopath/web/i18n/" + bundle)) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .forEach(line -> keys.add(line.substring(0, line.indexOf('=')).strip()));
        }
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyKeyAViewNamesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = KEY_IN_VIEW.matcher(Files.readString(view));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/cryopath/web/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
