package org.cryopath.web.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.cryopath.domain.model.staff.Role;

/** Where {@code /index.xhtml} sends a user who just signed in: the today board, or user administration for an administrator only. */
@Named
@RequestScoped
public class Landing {

    public String go() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole(Role.FRONT_DESK.name()) || external.isUserInRole(Role.CLINICAL.name())) {
            return "/today/board?faces-redirect=true";
        }
        return "/admin/users?faces-redirect=true";
    }
}
