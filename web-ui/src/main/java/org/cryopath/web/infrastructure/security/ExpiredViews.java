package org.cryopath.web.infrastructure.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form posted for a view the server no longer has (it expired, or the post came from another site and never had
 * one) reloads its page, with a message that the last action was not carried out. The reload is a redirect: the
 * page renders as a plain GET with a fresh view and a fresh CSP nonce, where an error page rendered inside the
 * refused POST would itself fail PrimeFaces' nonce check. Ajax requests are left to the Faces exception handler.
 */
@WebFilter(filterName = "expiredViews", urlPatterns = "*.xhtml")
public class ExpiredViews extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute read (and removed) by the page that is reloaded. */
    public static final String RELOADED = "cryopath.viewExpired";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!isViewExpired(e) || response.isCommitted() || "partial/ajax".equals(request.getHeader("Faces-Request"))) {
                throw e;
            }
            response.resetBuffer();
            request.getSession(true).setAttribute(RELOADED, Boolean.TRUE);
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        }
    }

    private static boolean isViewExpired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
