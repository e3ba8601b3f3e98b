package org.cryopath.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;

/**
 * The probe's own authentication: Jakarta Security looks for a mechanism in every web module of an application that
 * defines one, and the web UI's is not visible from this module. A probe request is anonymous, unless it names a
 * staff role in {@value #ROLE_HEADER}: then it calls the services as a member of that role, so the tests meet the
 * services' own role checks ({@code @RolesAllowed}) as the pages and the API do.
 */
@ApplicationScoped
public class ProbeAuthentication implements HttpAuthenticationMechanism {

    public static final String ROLE_HEADER = "X-Probe-Role";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String role = request.getHeader(ROLE_HEADER);
        if (role == null || role.isBlank()) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin("probe-" + role.toLowerCase(Locale.ROOT), Set.of(role));
    }
}
