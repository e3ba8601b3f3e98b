package org.cryopath.web.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * API calls carry their credentials every time, so they keep no session: the one the sign-in machinery opens for
 * a call (it is shared with the dashboard, whose sign-in lives in the session) is ended when the call is answered,
 * instead of holding server memory until it times out. A session that existed before the call (a signed-in browser)
 * is left alone.
 */
@WebFilter(filterName = "statelessApi", urlPatterns = "/api/*")
public class StatelessApi extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null && session.isNew()) {
                session.invalidate();
            }
        }
    }
}
