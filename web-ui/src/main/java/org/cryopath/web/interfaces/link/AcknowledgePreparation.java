package org.cryopath.web.interfaces.link;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.link.LinkState;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.scheduling.application.PatientLinks;
import org.omnifaces.util.Faces;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page behind the link in email E2 ({@code /link/preparation.xhtml?t=...}). Opening it only shows the
 * instructions: mail scanners open links, and must never confirm anything. The patient confirms with the button, a
 * POST that carries the token again. An expired, used, replaced or unknown link gets a plain explanation and the
 * clinic's phone number.
 *
 * <p>The page is stateless (a transient view, a request-scoped bean): a patient who reads for an hour before
 * confirming meets no expired view, and no session is kept for anyone who opens a link.
 */
@Named
@RequestScoped
public class AcknowledgePreparation {

    @EJB
    PatientLinks links;

    @Inject
    ClinicProfile clinic;

    private String token;
    private PatientLinks.PreparationLink link;
    private boolean confirmedNow;

    /**
     * The token comes with the request itself (the link's query, or the form's hidden field): what the page shows,
     * and so which of its forms exist, depends on it before Faces decodes anything.
     */
    @PostConstruct
    void readToken() {
        token = Faces.getRequestParameter("t");
    }

    /** POST: the patient confirms having read the instructions. */
    public void acknowledge() {
        link = links.acknowledgePreparation(token);
        confirmedNow = link.state() == LinkState.USED;
    }

    private PatientLinks.PreparationLink link() {
        if (link == null) {
            link = links.openPreparation(token);
        }
        return link;
    }

    /**
     * Before the page renders (after a GET, which only reads the link, or after the confirmation): a link that no
     * longer works says so in its HTTP status too, unknown 404, expired or replaced 410.
     */
    public void answerStatus() {
        LinkStatus.answer(link().state());
    }

    public String getToken() {
        return token;
    }

    public PatientLinks.PreparationLink getLink() {
        return link();
    }

    public boolean isConfirmedNow() {
        return confirmedNow;
    }

    public String getState() {
        return link().state().name();
    }

    /** The patient's language once the link is known; the browser's (English or Spanish) until then. */
    public Locale getLocale() {
        if (link().language() != null) {
            return link().language().locale();
        }
        return Language.closestTo(FacesContext.getCurrentInstance().getExternalContext().getRequestLocale()).locale();
    }

    /**
     * The request's CSP nonce, which PrimeFaces expects back with every form. Its script adds it to forms; this
     * page writes it into its form itself, so that confirming works without JavaScript too.
     */
    public String getNonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    public String getClinicName() {
        return clinic.name();
    }

    public String getClinicPhone() {
        return clinic.schedulingPhone();
    }
}
