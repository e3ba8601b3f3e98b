package org.cryopath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cryopath.domain.model.calendar.ClinicianRole;
import org.cryopath.domain.model.link.LinkState;
import org.cryopath.domain.model.outbox.MessageKind;
import org.cryopath.domain.model.outbox.OutboxStatus;
import org.cryopath.domain.model.outbox.StaffAction;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.preparation.PlanItemKind;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.domain.model.protocol.DrugAction;
import org.cryopath.domain.model.protocol.TextTopic;
import org.cryopath.domain.model.referral.GuidancePreference;
import org.cryopath.domain.model.referral.Priority;
import org.cryopath.domain.model.referral.ReferralStatus;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.session.EscortCallOutcome;
import org.cryopath.domain.model.session.EscortStatus;
import org.cryopath.domain.model.session.SessionStatus;
import org.cryopath.domain.model.staff.Role;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.model.treatment.CaseStatus;
import org.cryopath.domain.model.treatment.Guidance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard speaks English and Spanish everywhere: every key in both, every key a view uses defined. */
class MessageBundlesTest {

    private static final Path VIEWS = Path.of("src/main/webapp");
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
        Set<String> used = matchesIn(VIEWS, ".xhtml", KEY_IN_VIEW);
        assertThat(used).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    /** The enum each {@code msg['prefix.'.concat(value)]} of the views names: every value needs its words. */
    private static final Map<String, List<Class<? extends Enum<?>>>> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("anaesthesia", List.of(Anaesthesia.class)),
            Map.entry("caseStatus", List.of(CaseStatus.class)),
            Map.entry("clinicianRole", List.of(ClinicianRole.class)),
            Map.entry("dayOfWeek", List.of(DayOfWeek.class)),
            Map.entry("drugAction", List.of(DrugAction.class)),
            Map.entry("escortCallOutcome", List.of(EscortCallOutcome.class)),
            Map.entry("escortStatus", List.of(EscortStatus.class)),
            Map.entry("flowStage", List.of(org.cryopath.domain.model.session.FlowStage.class)),
            Map.entry("guidance", List.of(Guidance.class, GuidancePreference.class)),
            Map.entry("imagingModality", List.of(org.cryopath.domain.model.followup.ImagingModality.class)),
            Map.entry("language", List.of(Language.class)),
            Map.entry("messageKind", List.of(MessageKind.class)),
            Map.entry("organ", List.of(TargetOrgan.class)),
            Map.entry("outboxStatus", List.of(OutboxStatus.class)),
            Map.entry("planItemKind", List.of(PlanItemKind.class)),
            Map.entry("planStatus", List.of(PlanStatus.class)),
            Map.entry("priority", List.of(Priority.class)),
            Map.entry("referralStatus", List.of(ReferralStatus.class)),
            Map.entry("role", List.of(Role.class)),
            Map.entry("sessionOutcome", List.of(org.cryopath.domain.model.session.SessionOutcome.class)),
            Map.entry("sessionStatus", List.of(SessionStatus.class)),
            Map.entry("staffAction", List.of(StaffAction.class)),
            Map.entry("textTopic", List.of(TextTopic.class)),
            Map.entry("touchpointStatus", List.of(org.cryopath.domain.model.followup.TouchpointStatus.class)));

    private static final Pattern PREFIX_IN_VIEW = Pattern.compile("msg\\['([A-Za-z0-9_]+)\\.'\\.concat");

    @Test
    void everyValueOfAnEnumAViewNamesHasItsWords() throws IOException {
        Set<String> prefixes = matchesIn(VIEWS, ".xhtml", PREFIX_IN_VIEW);
        prefixes.remove("event"); // audit actions, checked by the timeline's tests
        assertThat(ENUM_PREFIXES.keySet()).containsAll(prefixes);
        Properties english = load("messages.properties");
        List<String> missing = new ArrayList<>();
        ENUM_PREFIXES.forEach((prefix, types) -> types.forEach(type -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!english.containsKey(prefix + "." + value.name())) {
                    missing.add(prefix + "." + value.name());
                }
            }
        }));
        assertThat(missing).isEmpty();
    }

    /** A refusal's key, as the domain and the services raise it. */
    private static final Pattern DOMAIN_KEY = Pattern.compile(
            "DomainException\\.(?:invalid\\(\\s*[^,()]+(?:\\([^)]*\\))?,|refused\\()\\s*\"([a-zA-Z.]+)\"");
    private static final Pattern TEXT_KEY = Pattern.compile("Texts\\.get(?:OrElse)?\\(\"([a-zA-Z.]+)\"\\s*[,)]");

    @Test
    void everyRefusalOfTheDomainAndTheServicesHasItsWords() throws IOException {
        Set<String> used = matchesIn(Path.of("../domain/src/main/java"), ".java", DOMAIN_KEY);
        used.addAll(matchesIn(Path.of("../scheduling-ejb/src/main/java"), ".java", DOMAIN_KEY));
        assertThat(used).contains("validation.required", "plan.notDraft");
        // A link that does not work is refused with "link." and its state
        used.remove("link.");
        for (LinkState state : LinkState.values()) {
            if (state != LinkState.VALID) {
                used.add("link." + state.name().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyKeyTheDashboardsCodeNamesIsDefined() throws IOException {
        Set<String> used = matchesIn(Path.of("src/main/java"), ".java", TEXT_KEY);
        assertThat(used).contains("protocol.saved");
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    /** What the first group of {@code pattern} matches in the files below {@code folder} named {@code *suffix}. */
    private static Set<String> matchesIn(Path folder, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/cryopath/web/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
