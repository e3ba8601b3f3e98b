package org.cryopath.notifications.infrastructure.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.outbox.MailContent;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.notifications.application.mail.Addressee;
import org.cryopath.notifications.application.mail.Appointment;
import org.cryopath.notifications.application.mail.DayAfter;
import org.cryopath.notifications.application.mail.DayBefore;
import org.cryopath.notifications.application.mail.EscortReminder;
import org.cryopath.notifications.application.mail.FollowUpImaging;
import org.cryopath.notifications.application.mail.PatientMail;
import org.cryopath.notifications.application.mail.PreparationInstructions;
import org.cryopath.notifications.application.mail.PreparationReminder;
import org.cryopath.notifications.application.mail.PreparationStep;
import org.cryopath.notifications.application.mail.ReferralReceived;
import org.cryopath.notifications.application.mail.SessionBooked;
import org.cryopath.notifications.application.mail.SessionChanged;
import org.cryopath.notifications.application.mail.WeekAfter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every patient email in both languages, rendered by the real FreeMarker templates: the right dates and times in the
 * clinic's zone and the patient's language, every value escaped, subjects that name no organ or procedure, and
 * HTML that reads without images.
 */
class MailTemplatesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ClinicProfile CLINIC = new ClinicProfile("Harbour IR & Co", "+1 555 010 0100",
            "1 Example Plaza, Springfield", NEW_YORK, "https://cryopath.example");
    /** Monday 7 December 2026, 8:30 in New York (EST, UTC-5). */
    private static final Instant START = Instant.parse("2026-12-07T13:30:00Z");
    private static final Instant ARRIVAL = Instant.parse("2026-12-07T12:45:00Z");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Addressee PATIENT = new Addressee("Lucía " + SCRIPT, "Hernández");
    private static final Appointment APPOINTMENT = new Appointment(START, ARRIVAL, "IR suite, 2nd floor");
    private static final String LINK = "https://cryopath.example/p/escort?t=abc&x=1";

    private final MailTemplates templates = new MailTemplates(CLINIC);

    static Stream<Arguments> everyEmail() {
        return Stream.of(Language.values()).flatMap(language -> mails().stream().map(mail -> Arguments.of(mail, language)));
    }

    static List<PatientMail> mails() {
        PreparationStep warfarin = new PreparationStep(LocalDate.of(2026, 12, 2), null, "Last warfarin dose " + SCRIPT);
        PreparationStep fasting = new PreparationStep(LocalDate.of(2026, 12, 7), LocalTime.of(2, 30), "Stop eating");
        return List.of(
                new ReferralReceived(PATIENT, "Dr. Lee " + SCRIPT, START),
                new PreparationInstructions(PATIENT, START, null, List.of(warfarin, fasting), LINK, false),
                new PreparationInstructions(PATIENT, null, LocalDate.of(2026, 11, 30),
                        List.of(PreparationStep.before(Duration.ofDays(6), "Last warfarin dose " + SCRIPT),
                                PreparationStep.before(Duration.ofHours(6), "Stop eating"),
                                PreparationStep.general("Bring your medicines")), LINK, true),
                new SessionBooked(PATIENT, APPOINTMENT, List.of("Your medicines " + SCRIPT, "Photo ID"), LINK),
                new SessionChanged(PATIENT, APPOINTMENT, new Appointment(START.plusSeconds(86_400 * 2),
                        ARRIVAL.plusSeconds(86_400 * 2), null)),
                new SessionChanged(PATIENT, APPOINTMENT, null),
                new PreparationReminder(PATIENT, APPOINTMENT, List.of(warfarin), List.of("INR blood test " + SCRIPT), LINK),
                new EscortReminder(PATIENT, APPOINTMENT, LINK),
                new DayBefore(PATIENT, APPOINTMENT, Instant.parse("2026-12-07T07:30:00Z"),
                        Instant.parse("2026-12-07T11:30:00Z"), "Ana " + SCRIPT, List.of("Photo ID")),
                new DayBefore(PATIENT, APPOINTMENT, null, null, null, List.of("Photo ID")),
                new DayAfter(PATIENT, List.of("Mild pain " + SCRIPT), List.of("Fever above 38 °C"), null),
                new WeekAfter(PATIENT, List.of("You may drive again " + SCRIPT)),
                new FollowUpImaging(PATIENT, LocalDate.of(2027, 3, 7), null),
                new FollowUpImaging(PATIENT, LocalDate.of(2027, 3, 7), APPOINTMENT));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyEmail")
    void everyEmailEscapesWhatItShowsAndKeepsTheSubjectDiscreet(PatientMail mail, Language language) {
        MailContent content = templates.render(mail, language);

        assertThat(content.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<html lang=\"" + language.locale().getLanguage() + "\">", "<h1", "Harbour IR &amp; Co")
                .doesNotContain("<img", "${", "<#", "<@");
        assertThat(content.text()).contains("Hernández", "Harbour IR & Co", "+1 555 010 0100", "1 Example Plaza")
                .doesNotContain("<p", "<strong", "&lt;", "${", "<@", "\n\n\n");
        assertThat(content.subject()).startsWith("Harbour IR & Co: ");
        for (String word : List.of("kidney", "liver", "lung", "bone", "breast", "prostate", "tumour", "tumor", "cancer",
                "cryo", "ablation", "riñón", "hígado", "pulmón", "hueso", "mama", "próstata", "cáncer", "ablación")) {
            assertThat(content.subject()).doesNotContainIgnoringCase(word);
        }
    }

    @Test
    void englishShowsClinicTimesInEnglish() {
        MailContent booked = templates.render(mails().get(3), Language.EN);

        assertThat(booked.subject()).isEqualTo("Harbour IR & Co: your appointment is booked");
        assertThat(booked.text()).contains("When: Monday 7 December, 8:30 AM", "Please arrive at: 7:45 AM",
                "Where: IR suite, 2nd floor, 1 Example Plaza, Springfield", "  - Photo ID", LINK);
        assertThat(booked.html()).contains("Monday 7 December, 8:30 AM", "href=\"https://cryopath.example/p/escort?t=abc&amp;x=1\"");
    }

    @Test
    void spanishShowsClinicTimesInSpanish() {
        MailContent booked = templates.render(mails().get(3), Language.ES);

        assertThat(booked.subject()).isEqualTo("Harbour IR & Co: su cita está reservada");
        assertThat(booked.text()).contains("Cuándo: lunes 7 de diciembre, 8:30", "Llegue a las: 7:45",
                "Estimado/a Lucía");
    }

    @Test
    void preparationStepsCarryRealCalendarDates() {
        MailContent en = templates.render(mails().get(1), Language.EN);
        MailContent es = templates.render(mails().get(1), Language.ES);

        assertThat(en.text()).contains("Wed 2 Dec: Last warfarin dose", "Mon 7 Dec, 2:30 AM: Stop eating",
                "Your appointment is on Monday 7 December, 8:30 AM.");
        assertThat(es.text()).contains("mié 2 de dic: Last warfarin dose", "lun 7 de dic, 2:30: Stop eating",
                "Su cita es el lunes 7 de diciembre, 8:30.");
    }

    @Test
    void theDayBeforeGivesFastingClockTimesAndTheEscort() {
        MailContent en = templates.render(mails().get(8), Language.EN);
        MailContent withoutEscort = templates.render(mails().get(9), Language.ES);

        assertThat(en.text()).contains("Last food: Monday 7 December, 2:30 AM",
                "Last clear fluids (water, clear juice, black tea or coffee): Monday 7 December, 6:30 AM",
                "Ana <script>alert(1)</script> will take you home");
        assertThat(withoutEscort.text()).contains("Aún no tenemos anotado quién le llevará a casa")
                .doesNotContain("Última comida");
    }

    @Test
    void aRescheduleAndACancellationReadDifferently() {
        MailContent moved = templates.render(mails().get(4), Language.EN);
        MailContent cancelled = templates.render(mails().get(5), Language.ES);

        assertThat(moved.subject()).endsWith("your appointment has a new time");
        assertThat(moved.text()).contains("Your appointment on Monday 7 December, 8:30 AM has moved",
                "When: Wednesday 9 December, 8:30 AM");
        assertThat(cancelled.subject()).endsWith("su cita ha sido cancelada");
        assertThat(cancelled.text()).contains("Su cita del lunes 7 de diciembre, 8:30 ha sido cancelada");
    }

    @Test
    void timesFollowDaylightSavingInTheClinicZone() {
        Instant summer = Instant.parse("2026-07-06T12:30:00Z"); // 8:30 EDT (UTC-4)
        MailContent content = templates.render(new EscortReminder(PATIENT, new Appointment(summer, summer, null), LINK),
                Language.ES);

        assertThat(content.text()).contains("lunes 6 de julio, 8:30");
    }

    @Test
    void theUrgentNumberDefaultsToTheSchedulingLine() {
        MailContent content = templates.render(mails().get(10), Language.EN);

        assertThat(content.text()).contains("day or night, on +1 555 010 0100 if you have", "  - Fever above 38 °C");
    }

    @Test
    void aMovedSessionAsksForTheEscortAgainWithItsLink() {
        Appointment moved = new Appointment(START.plusSeconds(86_400 * 2), ARRIVAL.plusSeconds(86_400 * 2), null);
        MailContent english = templates.render(new SessionChanged(PATIENT, APPOINTMENT, moved, LINK), Language.EN);
        MailContent spanish = templates.render(new SessionChanged(PATIENT, APPOINTMENT, moved, LINK), Language.ES);

        assertThat(english.text()).contains("Please tell us again who will take you home at the new time", LINK);
        assertThat(english.html()).contains("Tell us who will take me home");
        assertThat(spanish.text()).contains("Indíquenos de nuevo quién le llevará a casa a la nueva hora", LINK);
        assertThat(templates.render(new SessionChanged(PATIENT, APPOINTMENT, moved), Language.EN).text())
                .doesNotContain("who will take you home");
    }

    @Test
    void theCalendarSummaryIsGeneric() {
        assertThat(templates.calendarSummary(Language.EN)).isEqualTo("Clinic appointment");
        assertThat(templates.calendarSummary(Language.ES)).isEqualTo("Cita en la clínica");
    }
}
