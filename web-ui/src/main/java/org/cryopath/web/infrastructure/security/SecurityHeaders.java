package org.cryopath.web.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages (error pages included) get their Content-Security-Policy from
 * PrimeFaces, with a fresh script nonce per page ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in
 * web.xml); PrimeFaces adds its header rather than replacing one, so this filter must not set a second policy on
 * them. API responses get a policy that allows nothing to run, and are never cached (they carry patient data). No
 * page may be framed, content types are never sniffed, and no referrer leaves the site.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Content-Security-Policy", NOTHING_RUNS);
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
