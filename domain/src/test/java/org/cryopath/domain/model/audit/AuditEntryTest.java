package org.cryopath.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cryopath.domain.model.patient.PatientId;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void keepsOnlyTheFieldsThatChanged() {
        AuditEntry entry = AuditEntry.of(NOW, "ana", "patient.contactChanged", "Patient", 7L, new PatientId(7),
                Map.of("email", "old@example.org", "mrn", "MRN-1"),
                Map.of("email", "new@example.org", "mrn", "MRN-1"));

        assertThat(entry.before()).isEqualTo("{\"email\":\"old@example.org\"}");
        assertThat(entry.after()).isEqualTo("{\"email\":\"new@example.org\"}");
        assertThat(AuditEntry.parse(entry.after())).containsExactly(Map.entry("email", "new@example.org"));
        assertThat(AuditEntry.readable(entry.before())).isEqualTo("email: old@example.org");
    }

    @Test
    void aCreationHasNoBeforeAndAnUnknownActorIsTheSystem() {
        AuditEntry entry = AuditEntry.of(NOW, null, "referral.registered", "Referral", 3L, null, null,
                Map.of("status", "RECEIVED"));

        assertThat(entry.actor()).isEqualTo(AuditEntry.SYSTEM);
        assertThat(entry.before()).isNull();
        assertThat(AuditEntry.readable(entry.after())).isEqualTo("status: RECEIVED");
    }

    @Test
    void valuesWithLineBreaksColonsQuotesAndAnyScriptReadBackAsTheyWere() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("note", "Line one\nLine two: \"with a colon\"\n");
        before.put("statusNote", "item: value\r\nsecond: line");
        before.put("givenName", "Σοφία");
        before.put("familyName", "王 \\ O'Brien <b>");
        before.put("text", "tab\there, and a \u2028 line separator");
        Map<String, String> after = new LinkedHashMap<>(before);
        after.replaceAll((field, value) -> value + " (changed)");

        AuditEntry entry = AuditEntry.of(NOW, "ana", "plan.saved", "PreparationPlan", 9L, null, before, after);

        assertThat(AuditEntry.parse(entry.before())).isEqualTo(before);
        assertThat(AuditEntry.parse(entry.after())).isEqualTo(after);
        assertThat(AuditEntry.parse(entry.before())).containsOnlyKeys(before.keySet());
    }

    @Test
    void anEmptyValueAndAFieldThatAppearsOrDisappearsAreKept() {
        AuditEntry entry = AuditEntry.of(NOW, "ana", "staff.rolesAssigned", "StaffUser", 1L, null,
                Map.of("phone", "", "roles", "FRONT_DESK"), Map.of("roles", "FRONT_DESK, CLINICAL", "lockedUntil", "x"));

        assertThat(AuditEntry.parse(entry.before())).containsExactly(Map.entry("lockedUntil", ""),
                Map.entry("phone", ""), Map.entry("roles", "FRONT_DESK"));
        assertThat(AuditEntry.parse(entry.after())).containsExactly(Map.entry("lockedUntil", "x"),
                Map.entry("phone", ""), Map.entry("roles", "FRONT_DESK, CLINICAL"));
    }

    @Test
    void entriesWrittenBeforeJsonStillReadAsFields() {
        assertThat(AuditEntry.parse("email: new@example.org\nstatus: RECEIVED"))
                .containsExactly(Map.entry("email", "new@example.org"), Map.entry("status", "RECEIVED"));
        assertThat(AuditEntry.readable("email: new@example.org")).isEqualTo("email: new@example.org");
        assertThat(AuditEntry.parse(null)).isEmpty();
    }
}
