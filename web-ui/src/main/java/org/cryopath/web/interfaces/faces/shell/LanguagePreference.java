package org.cryopath.web.interfaces.faces.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.cryopath.domain.model.patient.Language;

/**
 * The language the dashboard speaks to this member of staff: the browser's, until they switch (English or
 * Spanish) in the top bar.
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        return Language.closestTo(FacesContext.getCurrentInstance().getExternalContext().getRequestLocale()).locale();
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the dashboard's language; the page is shown again in it. */
    public String switchTo(String language) {
        chosen = Language.closestTo(Locale.forLanguageTag(language)).locale();
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
