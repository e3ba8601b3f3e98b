package org.cryopath.notifications.infrastructure.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.PreparationInstructions;
import org.cryopath.notifications.application.mail.PreparationStep;
import org.junit.jupiter.api.Test;

/** E2 as a warfarin + metformin patient under sedation reads it, before and after booking, in both languages. */
class PreparationInstructionsMailTest {

    private static final ClinicProfile CLINIC = new ClinicProfile("Harbour IR", "+1 555 010 0100",
            "1 Example Plaza, Springfield", ZoneId.of("America/New_York"), "https://cryopath.example");
    private static final Addressee PATIENT = new Addressee("Grace", "Okafor");
    private static final String LINK = "https://cryopath.example/link/preparation.xhtml?t=abc";

    private final MailTemplates templates = new MailTemplates(CLINIC);

    /** Issued on Wednesday 25 November: with a 5-day warfarin hold, the earliest day is Monday 30 November. */
    private static PreparationInstructions beforeBooking() {
        return new PreparationInstructions(PATIENT, null, LocalDate.of(2026, 11, 30), List.of(
                PreparationStep.before(Duration.ofDays(6), "Take your last dose of warfarin."),
                PreparationStep.before(Duration.ofDays(2), "Have an INR blood test."),
                PreparationStep.before(Duration.ZERO, "Do not take metformin."),
                PreparationStep.before(Duration.ofHours(6), "Stop eating solid food."),
                PreparationStep.before(Duration.ofMinutes(60), "Arrive."),
                PreparationStep.general("Bring a list of your medicines.")), LINK, false);
    }

    /** Booked for Monday 7 December 2026 at 8:30 in New York. */
    private static PreparationInstructions afterBooking() {
        return new PreparationInstructions(PATIENT, Instant.parse("2026-12-07T13:30:00Z"), null, List.of(
                new PreparationStep(LocalDate.of(2026, 12, 1), null, "Take your last dose of warfarin."),
                new PreparationStep(LocalDate.of(2026, 12, 7), LocalTime.of(2, 30), "Stop eating solid food."),
                PreparationStep.general("Bring a list of your medicines.")), LINK, true);
    }

    @Test
    void beforeBookingEnglishCountsBackFromTheProcedureAndGivesTheEarliestDay() {
        MailContent mail = templates.render(beforeBooking(), Language.EN);

        assertThat(mail.subject()).isEqualTo("Harbour IR: how to prepare for your appointment");
        assertThat(mail.text()).contains(
                "Your procedure can take place from Monday 30 November 2026",
                "  - 6 days before your procedure: Take your last dose of warfarin.",
                "  - 2 days before your procedure: Have an INR blood test.",
                "  - On the day of your procedure: Do not take metformin.",
                "  - 6 hours before your appointment: Stop eating solid food.",
                "  - 1 hour before your appointment: Arrive.",
                "  - Bring a list of your medicines.",
                LINK);
        assertThat(mail.html()).contains("<strong>Monday 30 November 2026</strong>",
                "<strong>6 days before your procedure:</strong> Take your last dose of warfarin.");
    }

    @Test
    void beforeBookingSpanishCountsBackInSpanish() {
        MailContent mail = templates.render(beforeBooking(), Language.ES);

        assertThat(mail.subject()).isEqualTo("Harbour IR: cómo prepararse para su cita");
        assertThat(mail.text()).contains(
                "El procedimiento puede hacerse a partir del lunes 30 de noviembre de 2026",
                "  - 6 días antes del procedimiento: Take your last dose of warfarin.",
                "  - El día del procedimiento: Do not take metformin.",
                "  - 6 horas antes de la cita: Stop eating solid food.",
                "  - 1 hora antes de la cita: Arrive.");
    }

    @Test
    void onceBookedTheStepsFallOnCalendarDatesAndClockTimes() {
        MailContent english = templates.render(afterBooking(), Language.EN);
        MailContent spanish = templates.render(afterBooking(), Language.ES);

        assertThat(english.subject()).isEqualTo("Harbour IR: updated instructions for your appointment");
        assertThat(english.text()).contains("Your appointment is on Monday 7 December, 8:30 AM",
                "  - Tue 1 Dec: Take your last dose of warfarin.", "  - Mon 7 Dec, 2:30 AM: Stop eating solid food.")
                .doesNotContain("can take place from");
        assertThat(spanish.text()).contains("Su cita es el lunes 7 de diciembre, 8:30", "2:30: Stop eating solid food.")
                .contains("  - mar 1 de dic: Take your last dose of warfarin.");
    }
}
