package org.cryopath.notifications.infrastructure.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.notifications.application.mail.ReferrerSummary;
import org.junit.jupiter.api.Test;

/** The referring clinician's summary: English, the treatment and what follows, escaped, a discreet subject. */
class ReferrerSummaryMailTest {

    private static final ClinicProfile CLINIC = new ClinicProfile("Harbour IR & Co", "+1 555 010 0100",
            "1 Harbour Way, Springfield", ZoneId.of("America/New_York"), "https://clinic.example/cryopath");

    private final MailTemplates templates = new MailTemplates(CLINIC);

    @Test
    void theSummaryNamesTheSessionsTheAnaesthesiaTheFollowUpAndTheClinicsNumber() {
        MailContent content = templates.render(new ReferrerSummary("Dr. <Lee>", "Ana Ruiz", LocalDate.of(1961, 4, 2),
                LocalDate.of(2026, 10, 1), "general", "CT", List.of(new ReferrerSummary.SessionLine(
                        Instant.parse("2026-11-30T15:00:00Z"), true)), 0,
                List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 2, 28))), Language.EN);

        assertThat(content.subject()).isEqualTo("Harbour IR & Co: treatment summary for your referral");
        assertThat(content.text()).contains("Dear Dr. <Lee>,", "Ana Ruiz (born Sunday 2 April 1961)",
                "Anaesthesia: general", "Monday 30 November, 10:00 AM: completed", "Wednesday 30 December 2026",
                "Sunday 28 February 2027", "call us on +1 555 010 0100");
        assertThat(content.html()).contains("Dr. &lt;Lee&gt;").doesNotContain("Dr. <Lee>");
    }

    @Test
    void aCaseWithFurtherSessionsSaysSoInsteadOfAFollowUp() {
        MailContent content = templates.render(new ReferrerSummary("Dr. Lee", "Ana Ruiz", LocalDate.of(1961, 4, 2),
                LocalDate.of(2026, 10, 1), "sedation", "ultrasound", List.of(new ReferrerSummary.SessionLine(
                        Instant.parse("2026-11-30T15:00:00Z"), true)), 1, List.of()), Language.EN);

        assertThat(content.text()).contains("Further sessions planned: 1").doesNotContain("imaging on or about");
    }
}
