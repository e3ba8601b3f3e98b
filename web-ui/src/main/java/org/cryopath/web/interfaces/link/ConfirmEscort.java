package org.cryopath.web.interfaces.link;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.link.LinkState;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.shared.ConcurrentChange;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.scheduling.application.PatientLinks;
import org.cryopath.web.interfaces.faces.support.DomainErrors;
import org.cryopath.web.interfaces.faces.support.Texts;
import org.omnifaces.util.Faces;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page behind the escort link in emails E3, E4 and E6 ({@code /link/escort.xhtml?t=...}). Opening it only shows
 * the session and the form: mail scanners open links, and must never confirm anything. The patient confirms with
 * the form's POST (the escort's name and phone, the relationship if they like), or answers that nobody can take
 * them home. A missing or wrong field is shown on that field and nothing is stored; a used, expired or replaced
 * link says so, with the clinic's phone number.
 *
 * <p>Stateless like the preparation link's page: a transient view and a request-scoped bean, the token carried by
 * the form.
 */
@Named
@RequestScoped
public class ConfirmEscort {

    static final String FORM = "escort";

    @EJB
    PatientLinks links;

    @Inject
    ClinicProfile clinic;

    @Inject
    DomainErrors errors;

    private String token;
    private PatientLinks.EscortLink link;
    private boolean answeredNow;
    private String escortName;
    private String escortPhone;
    private String escortRelationship;

    @PostConstruct
    void readToken() {
        token = Faces.getRequestParameter("t");
    }

    /** POST: the patient names their escort. */
    public void confirm() {
        try {
            link = links.confirmEscort(token, escortName, escortPhone, escortRelationship);
            answeredNow = link.state() == LinkState.USED;
        } catch (ConcurrentChange e) {
            link = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("link.escort.tryAgain"), null));
        } catch (DomainException e) {
            link = null;
            errors.show(e, FORM);
        }
    }

    /** POST: nobody can take the patient home. */
    public void unavailable() {
        try {
            link = links.escortUnavailable(token);
            answeredNow = link.state() == LinkState.USED;
        } catch (DomainException e) {
            link = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("link.escort.tryAgain"), null));
        }
    }

    private PatientLinks.EscortLink link() {
        if (link == null) {
            link = links.openEscort(token);
        }
        return link;
    }

    /** A link that no longer works says so in its HTTP status too: unknown 404, expired or replaced 410. */
    public void answerStatus() {
        LinkStatus.answer(link().state());
    }

    public String getToken() {
        return token;
    }

    public PatientLinks.EscortLink getLink() {
        return link();
    }

    public String getState() {
        return link().state().name();
    }

    public boolean isAnsweredNow() {
        return answeredNow;
    }

    /** After an answer: the escort named ("CONFIRMED") or nobody ("UNAVAILABLE"). */
    public String getEscortStatus() {
        return link().escortStatus() == null ? "" : link().escortStatus().name();
    }

    public Locale getLocale() {
        if (link().language() != null) {
            return link().language().locale();
        }
        return Language.closestTo(FacesContext.getCurrentInstance().getExternalContext().getRequestLocale()).locale();
    }

    public String getNonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    public String getClinicName() {
        return clinic.name();
    }

    public String getClinicPhone() {
        return clinic.schedulingPhone();
    }

    public String getEscortName() {
        return escortName;
    }

    public void setEscortName(String escortName) {
        this.escortName = escortName;
    }

    public String getEscortPhone() {
        return escortPhone;
    }

    public void setEscortPhone(String escortPhone) {
        this.escortPhone = escortPhone;
    }

    public String getEscortRelationship() {
        return escortRelationship;
    }

    public void setEscortRelationship(String escortRelationship) {
        this.escortRelationship = escortRelationship;
    }
}
