package org.cryopath.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cryopath.it.support.Referrals.uniqueMrn;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.cryopath.it.browser.pages.LoginPage;
import org.cryopath.it.browser.pages.PatientLinkPage;
import org.cryopath.it.browser.pages.PreparationPlanPage;
import org.cryopath.it.browser.pages.PrintedInstructionsPage;
import org.cryopath.it.browser.pages.Screen;
import org.cryopath.it.browser.pages.Screen.Paper;
import org.cryopath.it.support.CryoPathDeployment;
import org.cryopath.it.support.IssuedPlans;
import org.cryopath.it.support.IssuedPlans.IssuedPlan;
import org.cryopath.it.support.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Patients who read on a phone, and patients who get paper: the link page on a 360-pixel-wide phone, in Spanish, and
 * the preparation instructions printed by the front desk in English and in Spanish, on A4 and on Letter.
 */
@ExtendWith(ArquillianExtension.class)
class PaperAndPhoneBrowserIT extends BrowserTest {

    private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CryoPathDeployment.realEarWithProbe();
    }

    @Test
    void aSpanishSpeakingPatientReadsAndConfirmsTheInstructionsOnA360PixelPhone() {
        IssuedPlan plan = IssuedPlans.forPatient(uniqueMrn("PHONE"), "ES");
        browser.manage().deleteAllCookies();

        try (Screen phone = Screen.phone(browser, 360)) {
            PatientLinkPage page = PatientLinkPage.open(browser, plan.link());

            assertThat(phone.viewportWidth()).as("the page takes the phone's width (viewport meta)").isEqualTo(360);
            assertThat(page.language()).isEqualTo("es");
            assertThat(page.heading()).isEqualTo("Sus instrucciones de preparación");
            assertThat(page.text()).contains("Hola, Grace:");
            assertThat(page.instructions()).isNotEmpty();
            assertThat(phone.horizontalOverflow()).as("pixels to scroll sideways").isZero();
            assertThat(page.confirmButtonWidth()).isLessThanOrEqualTo(360);

            page.confirm();

            assertThat(page.text()).contains("Gracias, Grace.");
            assertThat(page.language()).isEqualTo("es");
            assertThat(phone.horizontalOverflow()).as("pixels to scroll sideways").isZero();
        }
    }

    @Test
    void theFrontDeskPrintsTheInstructionsInThePatientsLanguageOnA4AndLetter() {
        IssuedPlan english = IssuedPlans.forPatient(uniqueMrn("PRINTEN"), "EN");
        IssuedPlan spanish = IssuedPlans.forPatient(uniqueMrn("PRINTES"), "ES");
        LocalDate earliest = LocalDate.now(CLINIC_ZONE).plusDays(5); // warfarin: 5 days held
        LoginPage.signIn(browser, Staff.FRONT_DESK);

        PrintedInstructionsPage inEnglish = PreparationPlanPage.open(browser, english.caseId()).printInstructions();
        assertThat(inEnglish.language()).isEqualTo("en");
        assertThat(inEnglish.heading()).isEqualTo("Your preparation instructions");
        assertThat(inEnglish.text()).contains("CryoPath Demo Clinic", "+1 555 010 0100", "For Grace Okafor",
                "Your procedure can take place from", longDate(earliest, Locale.ENGLISH), "Your appointment",
                "Date:", "Time:", "If you are unsure about any of your medicines, call us");
        assertThat(inEnglish.steps()).anyMatch(step -> step.startsWith("6 days before your procedure: Stop taking warfarin"))
                .anyMatch(step -> step.startsWith("6 hours before your appointment:"))
                .anyMatch(step -> step.startsWith("1 hour before your appointment:"));
        assertCleanOnPaper(inEnglish);

        PrintedInstructionsPage inSpanish = PrintedInstructionsPage.open(browser, spanish.caseId());
        assertThat(inSpanish.language()).isEqualTo("es");
        assertThat(inSpanish.heading()).isEqualTo("Sus instrucciones de preparación");
        assertThat(inSpanish.text()).contains("Teléfono", "+1 555 010 0100", "Para Grace Okafor",
                "El procedimiento puede hacerse a partir del", longDate(earliest, SPANISH), "Su cita", "Fecha:",
                "Hora:", "llámenos antes de cambiar nada");
        assertThat(inSpanish.steps()).anyMatch(step -> step.startsWith("6 días antes del procedimiento:"))
                .anyMatch(step -> step.startsWith("6 horas antes de la cita:"));
        assertThat(inSpanish.controls()).as("the staff's controls stay in the dashboard's language")
                .contains("Back to the plan", "Print");
        assertCleanOnPaper(inSpanish);
    }

    /** On A4 and Letter alike: nothing wider than the sheet, no staff controls, and one or two sheets. */
    private static void assertCleanOnPaper(PrintedInstructionsPage page) {
        for (Paper paper : Paper.values()) {
            try (Screen sheet = Screen.paper(browser, paper, PrintedInstructionsPage.SIDE_MARGIN_MM)) {
                assertThat(sheet.horizontalOverflow()).as("pixels beyond the width of " + paper).isZero();
                assertThat(page.staffControlsShown()).as("staff controls on " + paper).isFalse();
            }
            assertThat(page.sheetsOn(paper)).as("sheets of " + paper).isBetween(1, 2);
        }
    }

    private static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }
}
