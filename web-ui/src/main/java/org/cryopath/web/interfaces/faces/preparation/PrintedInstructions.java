package org.cryopath.web.interfaces.faces.preparation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.preparation.PlanStatus;
import org.cryopath.scheduling.application.CaseOverview;
import org.cryopath.scheduling.application.PlanView;
import org.cryopath.scheduling.application.Preparation;
import org.cryopath.web.interfaces.faces.shell.LanguagePreference;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Faces;

/**
 * The preparation instructions on paper ({@code /preparation/print.xhtml?case=42}), for a patient without email or
 * who prefers paper: the front desk prints them or hands them out. The plan last issued, in the patient's language,
 * with each step's moment counted back from the procedure as email E2 gives it, the first date the procedure can
 * take place, a line for the appointment once it is booked, and the clinic's phone. The page speaks the patient's
 * language whatever the dashboard's, and its print style fits A4 and Letter.
 */
@Named
@RequestScoped
public class PrintedInstructions {

    @EJB
    Preparation preparation;

    @Inject
    ClinicProfile clinic;

    @Inject
    LanguagePreference staffLanguage;

    private Long caseId;
    private CaseOverview overview;
    private PlanView plan;
    private final Instant printedAt = Instant.now();

    /** One instruction as printed: when (empty for one without a moment) and what. */
    public record Step(String when, String text) {
    }

    /** Loads the case of the view parameter and its plan last issued; an unknown case is a 404. */
    public void load() {
        overview = caseId == null ? null : preparation.caseOverview(caseId).orElse(null);
        if (overview == null) {
            Faces.responseSendError(404, "No such case");
            return;
        }
        plan = overview.plans().stream().filter(version -> version.status() == PlanStatus.ISSUED).findFirst().orElse(null);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }

    /** The language of the instructions: the plan's (the patient's when it was issued), else the patient's. */
    public Locale getLocale() {
        if (plan != null) {
            return plan.language().locale();
        }
        return overview == null ? Locale.ENGLISH : overview.patient().preferredLanguage().locale();
    }

    public List<Step> getSteps() {
        return plan == null ? List.of() : plan.items().stream()
                .map(item -> new Step(item.before().map(PrintedInstructions::when).orElse(""), item.text()))
                .toList();
    }

    /** "5 days before your procedure", "2 hours before your appointment": as email E2 counts the moments. */
    static String when(Duration before) {
        long minutes = before.toMinutes();
        if (minutes % (24 * 60) == 0) {
            long days = minutes / (24 * 60);
            return days == 0 ? Texts.get("print.before.sameDay") : Texts.get("print.before.days", days);
        }
        return minutes % 60 == 0 ? Texts.get("print.before.hours", minutes / 60) : Texts.get("print.before.minutes", minutes);
    }

    /** A text for the member of staff at the screen (the print controls): in the dashboard's language. */
    public String staffText(String key) {
        return ResourceBundle.getBundle(Texts.BUNDLE, staffLanguage.getLocale(), PrintedInstructions.class.getClassLoader())
                .getString(key);
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public CaseOverview getOverview() {
        return overview;
    }

    public PlanView getPlan() {
        return plan;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }

    public ClinicProfile getClinic() {
        return clinic;
    }
}
