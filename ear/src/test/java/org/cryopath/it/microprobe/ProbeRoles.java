package org.cryopath.it.microprobe;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.cryopath.it.probe.ProbeAuthentication;

/**
 * What {@link ProbeAuthentication} does in the EAR's probe module, inside the one WAR of the Micro edition: a WAR has
 * one authentication mechanism (CryoPath's), so the probe's requests are taken aside before it. A probe request is
 * anonymous unless it names a staff role in {@value ProbeAuthentication#ROLE_HEADER}; every other request goes to
 * CryoPath's mechanism untouched.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ProbeRoles implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    HttpAuthenticationMechanism cryopath;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/" + MicroProbeApplication.PATH + "/")) {
            return cryopath.validateRequest(request, response, context);
        }
        String role = request.getHeader(ProbeAuthentication.ROLE_HEADER);
        if (role == null || role.isBlank()) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin("probe-" + role.toLowerCase(Locale.ROOT), Set.of(role));
    }
}
