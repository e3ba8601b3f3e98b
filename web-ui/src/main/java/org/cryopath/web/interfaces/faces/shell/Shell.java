package org.cryopath.web.interfaces.faces.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.cryopath.domain.clinic.ClinicProfile;
import org.cryopath.domain.model.staff.Role;
import org.cryopath.scheduling.application.StaffAdministration;
import org.cryopath.web.infrastructure.security.ExpiredViews;
import org.cryopath.web.infrastructure.security.StaffAuthentication;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The frame around every page: the clinic, who is signed in, which parts of the menu they may use, sign-out. */
@Named
@RequestScoped
public class Shell {

    @Inject
    ClinicProfile clinic;

    @Inject
    FacesContext faces;

    @EJB
    StaffAdministration staff;

    @Inject
    @ConfigProperty(name = "cryopath.session.timeout-minutes", defaultValue = "15")
    int sessionTimeoutMinutes;

    /** The session attribute, followed by the username, that keeps the signed-in user's display name. */
    private static final String DISPLAY_NAME = "cryopath.displayName.";

    private String displayName;
    private Boolean viewExpired;
    /** The roles asked about in this request, and the answers: the menu and the page ask a dozen times. */
    private final Map<Role, Boolean> roles = new EnumMap<>(Role.class);

    public String getClinicName() {
        return clinic.name();
    }

    public boolean isSignedIn() {
        return faces.getExternalContext().getUserPrincipal() != null;
    }

    /**
     * The signed-in user's name, read once a session: every page shows it, and it was a query on every page (and every
     * refresh of the today board). Kept under the username, so a session that signs in as someone else asks again.
     */
    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            ExternalContext external = faces.getExternalContext();
            String username = external.getUserPrincipal().getName();
            displayName = (String) external.getSessionMap().computeIfAbsent(DISPLAY_NAME + username,
                    key -> staff.displayNameOf(username));
        }
        return displayName;
    }

    /** Front desk and clinicians work the pathway: the today board, referrals, patients, emails. */
    public boolean isPathwayStaff() {
        return has(Role.FRONT_DESK) || has(Role.CLINICAL);
    }

    /** Clinicians triage referrals and prepare patients. */
    public boolean isClinician() {
        return has(Role.CLINICAL);
    }

    public boolean isAdministrator() {
        return has(Role.ADMIN);
    }

    private boolean has(Role role) {
        return roles.computeIfAbsent(role, asked -> faces.getExternalContext().isUserInRole(asked.name()));
    }

    /** True once, on the page reloaded after its form was refused for an expired view ({@link ExpiredViews}). */
    public boolean isViewExpired() {
        if (viewExpired == null) {
            HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
            viewExpired = session != null && session.getAttribute(ExpiredViews.RELOADED) != null;
            if (viewExpired) {
                session.removeAttribute(ExpiredViews.RELOADED);
            }
        }
        return viewExpired;
    }

    /**
     * How long a page may stay untouched (no key, no mouse) before the browser signs the user out: the session's
     * idle timeout. Pages that refresh themselves (the today board) would otherwise keep a session alive forever.
     */
    public long getIdleTimeoutMillis() {
        return sessionTimeoutMinutes * 60_000L;
    }

    /** Ends the session and shows the login page with a confirmation. */
    public void signOut() throws IOException, ServletException {
        endSession().getSession(true); // a fresh session, so the login page does not take the ended one for a timeout
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    /** The page was left untouched for the idle timeout: sign out, and say why on the login page. */
    public void signOutAfterIdle() throws IOException, ServletException {
        endSession().getSession(true).setAttribute(StaffAuthentication.TIMED_OUT, Boolean.TRUE);
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    private HttpServletRequest endSession() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return request;
    }
}
