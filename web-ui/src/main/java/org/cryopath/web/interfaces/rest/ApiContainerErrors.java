package org.cryopath.web.interfaces.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors the servlet container answers for the API, rather than JAX-RS: a role refused by web.xml's constraint on
 * {@code /api/*} (403, sent before any filter, through the error page), and any {@code sendError} below this filter.
 * They get a problem document, never the dashboard's HTML error pages.
 */
@WebFilter(filterName = "apiContainerErrors", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ApiContainerErrors extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            String failedUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (isApi(request, failedUri)) {
                Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
                write(response, status instanceof Integer code ? code : 500, failedUri);
                return;
            }
            chain.doFilter(request, response);
        } else if (isApi(request, request.getRequestURI())) {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendError(int status, String message) throws IOException {
                    sendError(status);
                }

                @Override
                public void sendError(int status) throws IOException {
                    if (isCommitted()) {
                        super.sendError(status);
                        return;
                    }
                    resetBuffer();
                    write(response, status, request.getRequestURI());
                }
            });
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isApi(HttpServletRequest request, String uri) {
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }

    private static void write(HttpServletResponse response, int status, String instance) throws IOException {
        // A 5xx here was logged by the container, which has no incident id of ours to give.
        Problem problem = Problems.ofStatus(status,
                status >= 500 ? ApiTexts.get("api.http.5xx") : Problems.statusDetail(status), instance);
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Problems.toJson(problem));
        response.flushBuffer();
    }
}
