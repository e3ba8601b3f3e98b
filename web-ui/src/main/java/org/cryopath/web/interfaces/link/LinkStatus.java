package org.cryopath.web.interfaces.link;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.cryopath.domain.model.link.LinkState;

/** The HTTP status a patient link's page answers with, whatever the link is for. */
final class LinkStatus {

    private LinkStatus() {
    }

    /**
     * Before the page renders: a link that no longer works says so in its HTTP status too (unknown 404, expired or
     * replaced 410), so that a mail scanner or a browser's history tells a dead link from a live one.
     */
    static void answer(LinkState state) {
        int status = switch (state) {
            case VALID, USED -> HttpServletResponse.SC_OK;
            case EXPIRED, WITHDRAWN -> HttpServletResponse.SC_GONE;
            case UNKNOWN -> HttpServletResponse.SC_NOT_FOUND;
        };
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse()).setStatus(status);
    }
}
