package org.cryopath.web.interfaces.faces.login;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.cryopath.web.infrastructure.security.StaffAuthentication;
import org.cryopath.web.interfaces.faces.support.Texts;

/** Staff sign in ({@code /login.xhtml}): after a timeout or a sign-out, the page says so. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    /**
     * A view action: runs before the page renders, so its message shows at the top. The timeout note stays until
     * the next sign-in: a page that refreshed itself may bring the browser here twice.
     */
    public void explainWhyWeAreHere() {
        ExternalContext external = faces.getExternalContext();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session != null && session.getAttribute(StaffAuthentication.TIMED_OUT) != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("login.timedOut"), null));
        } else if (external.getRequestParameterMap().containsKey("signedOut")) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get("login.signedOut"), null));
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username == null ? "" : username,
                        new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + pageToOpen(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("locked".equals(request.getAttribute(StaffAuthentication.REFUSAL))
                            ? "login.locked" : "login.invalid"), null));
        }
    }

    /** The page asked for before signing in, or the landing page. Only a path within this application. */
    private static String pageToOpen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object requested = session == null ? null : session.getAttribute(StaffAuthentication.REQUESTED_PAGE);
        if (session != null) {
            session.removeAttribute(StaffAuthentication.REQUESTED_PAGE);
        }
        return requested instanceof String page && page.startsWith("/") && !page.startsWith("//")
                && !page.startsWith("/login.xhtml") ? page : "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
