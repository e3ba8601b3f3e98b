package org.cryopath.web.infrastructure.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.cryopath.scheduling.application.SignIn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How staff prove who they are. Pages: a form login ({@code /login.xhtml}); the sign-in is kept in the HTTP
 * session, and a page asked for before signing in opens after it. The REST API ({@code /api/}): HTTP Basic on every
 * call, answered with a problem document when refused. Both check the password in the database identity store,
 * refuse locked accounts, and count wrong passwords (see {@link SignIn}).
 *
 * <p>An idle session ends after {@code cryopath.session.timeout-minutes} (default 15); the login page then says
 * the user was signed out, and an ajax request of the ended session is sent to the login page instead of failing
 * in the browser. (The standard {@code @LoginToContinue} redirects before this mechanism sees such a request, so it
 * could do neither; the redirect is done here.)
 *
 * <p>The sign-in is kept in the session as the caller's name and groups ({@link SignedIn}), and every request of the
 * session hands both to the container again. The standard {@code @AutoApplySession} hands over only the name and lets
 * Payara find the groups again, which under load it sometimes does not (payara/Payara#6145): a signed-in user's call
 * was then refused now and then ("Client not authorized"). The sign-in also gives the session a new id, so an id
 * planted before it is worth nothing after it.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** Looked up once: {@code Json.createXxx} looks the provider up again (a class path scan) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Request attribute telling the login page why the last attempt was refused: "locked" or "invalid". */
    public static final String REFUSAL = "cryopath.login.refusal";
    /** Session attribute telling the login page that the previous session timed out. */
    public static final String TIMED_OUT = "cryopath.login.timedOut";
    /** Session attribute: the page (path and query within the application) asked for before signing in. */
    public static final String REQUESTED_PAGE = "cryopath.login.requestedPage";
    /** Session attribute: who signed in, with their groups ({@link SignedIn}). */
    static final String SIGNED_IN = "cryopath.signedIn";
    static final String LOGIN_PAGE = "/login.xhtml";

    /** A signed-in staff member as the session keeps them: serializable, so a replicated session carries it. */
    record SignedIn(String caller, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    SignIn signIn;

    @Inject
    @ConfigProperty(name = "cryopath.session.timeout-minutes", defaultValue = "15")
    int sessionTimeoutMinutes;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return signIn(login, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        // A protected page without a signed-in user: on to the login page.
        if (sessionTimedOut(request)) {
            request.getSession(true).setAttribute(TIMED_OUT, Boolean.TRUE);
        }
        if (isFacesAjax(request)) {
            return redirectAjaxToLogin(request, response);
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(REQUESTED_PAGE,
                    request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    /** The login form's credentials, sent by {@code SecurityContext.authenticate} from the login page. */
    private AuthenticationStatus signIn(UsernamePasswordCredential login, HttpServletRequest request,
            HttpMessageContext context) {
        String username = normalized(login.getCaller());
        if (username.isEmpty() || signIn.isLocked(username)) {
            request.setAttribute(REFUSAL, username.isEmpty() ? "invalid" : "locked");
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username, login.getPassword()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.setAttribute(REFUSAL, signIn.failed(username) ? "locked" : "invalid");
            return AuthenticationStatus.SEND_FAILURE;
        }
        signIn.succeeded(username);
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setMaxInactiveInterval(sessionTimeoutMinutes * 60);
        session.removeAttribute(TIMED_OUT);
        session.setAttribute(SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    /** API calls carry their credentials every time; no session is kept. */
    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? unauthorized(request, response, "Sign in with HTTP Basic authentication.")
                    : context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, "The Authorization header is not valid Basic authentication.");
        }
        int colon = decoded.indexOf(':');
        String username = normalized(colon < 0 ? decoded : decoded.substring(0, colon));
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        if (username.isEmpty() || signIn.isLocked(username)) {
            return unauthorized(request, response, "The account is locked for a while after repeated wrong passwords.");
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            signIn.failed(username);
            return unauthorized(request, response, "Wrong username or password.");
        }
        signIn.callSignedIn(username);
        return context.notifyContainerAboutLogin(result);
    }

    /** An RFC 9457 problem document, like every other error of the API; the instance is the request's path. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"CryoPath\", charset=\"UTF-8\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Unauthorized")
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .add("detail", detail)
                    .add("instance", request.getRequestURI())
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A Faces ajax request cannot follow an HTTP redirect: tell Faces to go to the login page instead. */
    private static AuthenticationStatus redirectAjaxToLogin(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath() + LOGIN_PAGE + "\"></redirect></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The browser sent a session cookie, and that session is gone: it expired (or the server restarted). */
    private static boolean sessionTimedOut(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
