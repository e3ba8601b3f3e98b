package org.cryopath.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

        assertThat(entry.before()).isEqualTo("email: old@example.org");
        assertThat(entry.after()).isEqualTo("email: new@example.org");
        assertThat(AuditEntry.parse(entry.after())).containsEntry("email", "new@example.org");
    }

    @Test
    void aCreationHasNoBeforeAndAnUnknownActorIsTheSystem() {
        AuditEntry entry = AuditEntry.of(NOW, null, "referral.registered", "Referral", 3L, null, null,
                Map.of("status", "RECEIVED"));

        assertThat(entry.actor()).isEqualTo(AuditEntry.SYSTEM);
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isEqualTo("status: RECEIVED");
    }
}
